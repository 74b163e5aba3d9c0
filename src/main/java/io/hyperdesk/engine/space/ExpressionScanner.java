package io.hyperdesk.engine.space;

/**
 * A cursor over expression text that reads the literals of HyperDrive's (Python's) syntax:
 * names, numbers ({@code 1e-3}, {@code -2.3}, {@code .5}, {@code +3}) and quoted strings. Every
 * refusal is a {@link Failure} carrying the column and the words the user sees.
 */
final class ExpressionScanner {

    /** A refused text; caught by the parser and turned into an {@link ExpressionError}. */
    static final class Failure extends RuntimeException {
        final int column;
        final String problem;

        Failure(int column, String problem) {
            super(problem, null, false, false);
            this.column = column;
            this.problem = problem;
        }
    }

    /** A number literal as written, its value, and its integer value when written as an integer. */
    record NumberLiteral(String text, double value, Long integer) {
    }

    private final String text;
    private int position;

    ExpressionScanner(String text) {
        this.text = text;
    }

    int position() {
        return position;
    }

    int length() {
        return text.length();
    }

    boolean atEnd() {
        return position >= text.length();
    }

    char peek() {
        return text.charAt(position);
    }

    void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    /** Consumes {@code c} when it is next; says whether it was. */
    boolean take(char c) {
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    Failure fail(int column, String problem) {
        return new Failure(column, problem);
    }

    boolean atNameStart() {
        return !atEnd() && isNameStart(peek());
    }

    boolean atNumberStart() {
        if (atEnd()) {
            return false;
        }
        char c = peek();
        return Character.isDigit(c) || c == '.' || c == '+' || c == '-';
    }

    /** What is at the cursor, for messages: {@code 'x'} or {@code the end of the text}. */
    String describeHere() {
        if (atEnd()) {
            return "the end of the text";
        }
        int end = position;
        if (isNamePart(text.charAt(end))) {
            while (end < text.length() && end - position < 20 && isNamePart(text.charAt(end))) {
                end++;
            }
        } else {
            end++;
        }
        return "'" + text.substring(position, end) + "'";
    }

    /** The rest of the text from the cursor, shortened for a message. */
    String rest() {
        String rest = text.substring(position).strip();
        return rest.length() > 30 ? rest.substring(0, 30) + "…" : rest;
    }

    String name() {
        int start = position;
        while (position < text.length() && isNamePart(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    NumberLiteral number() {
        int start = position;
        if (peek() == '+' || peek() == '-') {
            position++;
        }
        int digits = skipDigits();
        boolean real = false;
        if (take('.')) {
            real = true;
            digits += skipDigits();
        }
        if (digits == 0) {
            throw fail(start, "expected a number at " + quoteAt(start) + ", e.g. 0.5, -2.3, 1e-3");
        }
        if (position < text.length() && (peek() == 'e' || peek() == 'E')) {
            real = true;
            position++;
            if (!take('+')) {
                take('-');
            }
            if (skipDigits() == 0) {
                throw fail(start, "malformed number " + quoteFrom(start) + ": the exponent needs digits, e.g. 1e-3");
            }
        }
        if (position < text.length() && (isNamePart(peek()) || peek() == '.')) {
            while (position < text.length() && (isNamePart(peek()) || peek() == '.')) {
                position++;
            }
            throw fail(start, "malformed number " + quoteFrom(start) + "; write numbers like 16, 0.5, -2.3 or 1e-3");
        }
        String literal = text.substring(start, position);
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw fail(start, "number " + literal + " is too large");
        }
        Long integer = null;
        if (!real) {
            try {
                integer = Long.parseLong(literal);
            } catch (NumberFormatException tooLarge) {
                throw fail(start, "integer " + literal + " is too large; integers must be within ±" + Long.MAX_VALUE);
            }
        }
        return new NumberLiteral(literal, value, integer);
    }

    /** A quoted string (single or double quotes) with Python's escapes; the cursor is on the quote. */
    String string() {
        int start = position;
        char quote = text.charAt(position++);
        StringBuilder value = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == quote) {
                return value.toString();
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            int escape = position - 1;
            char e = text.charAt(position++);
            switch (e) {
                case '\\', '\'', '"' -> value.append(e);
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'r' -> value.append('\r');
                case '0' -> value.append('\0');
                case 'x' -> value.append(hex(escape, 2));
                case 'u' -> value.append(hex(escape, 4));
                default -> throw fail(escape, "unknown escape \\" + e + " in a string; write \\\\ for a backslash");
            }
        }
        throw fail(start, "the string starting here has no closing " + quote + "; add one");
    }

    private char hex(int escape, int count) {
        if (position + count > text.length()) {
            throw fail(escape, "escape " + text.substring(escape) + " needs " + count + " hex digits");
        }
        String digits = text.substring(position, position + count);
        for (int i = 0; i < count; i++) {
            if (Character.digit(digits.charAt(i), 16) < 0) {
                throw fail(escape, "escape " + text.substring(escape, position + count) + " needs " + count + " hex digits");
            }
        }
        position += count;
        return (char) Integer.parseInt(digits, 16);
    }

    private int skipDigits() {
        int start = position;
        while (position < text.length() && text.charAt(position) >= '0' && text.charAt(position) <= '9') {
            position++;
        }
        return position - start;
    }

    private String quoteFrom(int start) {
        return "'" + text.substring(start, position) + "'";
    }

    private String quoteAt(int start) {
        int end = Math.min(text.length(), start + 10);
        return start >= text.length() ? "the end of the text" : "'" + text.substring(start, Math.max(end, start + 1)) + "'";
    }

    static boolean isNameStart(char c) {
        return c < 128 && (Character.isLetter(c) || c == '_');
    }

    static boolean isNamePart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
