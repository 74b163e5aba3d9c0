package io.hyperdesk.gui.design;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Picking a training script with the file chooser. */
class ScriptCommandTest {

    @Test
    void theScriptReplacesTheOldOneAndTheArgumentsStay() {
        assertEquals("python3 new.py --epochs 20", ScriptCommand.withScript("python3 old.py --epochs 20", "new.py"));
        assertEquals("/usr/bin/python3 \"my model.py\"", ScriptCommand.withScript("/usr/bin/python3 a.py", "my model.py"));
    }

    @Test
    void aScriptWithoutAnInterpreterGetsOne() {
        assertEquals("python3 train.py", ScriptCommand.withScript("", "train.py"));
        assertEquals("bash run.sh --fast", ScriptCommand.withScript("./old --fast", "run.sh"));
        assertEquals("bin/train --fast", ScriptCommand.withScript("./old --fast", "bin/train"));
    }
}
