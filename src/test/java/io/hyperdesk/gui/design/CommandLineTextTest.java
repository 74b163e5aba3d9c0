package io.hyperdesk.gui.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command field: shell-like quoting, no shell. */
class CommandLineTextTest {

    @Test
    void splitsAtBlanksAndKeepsQuotedTextWhole() {
        assertEquals(List.of("python3", "my script.py", "--x", "a\"b", "it's", "$HOME;ls"),
                CommandLineText.split("  python3 \"my script.py\"\t--x \"a\\\"b\" 'it'\\''s' $HOME;ls ").arguments());
        assertEquals(List.of("", "x"), CommandLineText.split("'' x").arguments());
    }

    @Test
    void anUnclosedQuoteIsAProblem() {
        CommandLineText.Split split = CommandLineText.split("python3 \"train.py");
        assertTrue(split.problem().orElseThrow().startsWith("the quote \" is not closed"));
    }

    @Test
    void joinReadsBackToTheSameArguments() {
        List<String> arguments = List.of("python3", "train.py", "--name", "a b", "", "x\"y\\z", "--lr", "0.001");
        String line = CommandLineText.join(arguments);
        assertEquals("python3 train.py --name \"a b\" \"\" \"x\\\"y\\\\z\" --lr 0.001", line);
        assertEquals(arguments, CommandLineText.split(line).arguments());
    }
}
