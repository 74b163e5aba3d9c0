package io.hyperdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A migration written as a resource {@code V<n>__<description>.sql} beside this class.
 * Statements end with a semicolon at the end of a line; {@code --} comments are left out.
 */
record SqlMigration(int version, String description, String resourceName, List<String> statements)
        implements Migration {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    SqlMigration {
        statements = List.copyOf(statements);
    }

    /** Reads the resource; its number and description come from its name. */
    static SqlMigration fromResource(String resourceName) {
        Matcher m = NAME.matcher(resourceName);
        if (!m.matches()) {
            throw new IllegalArgumentException(resourceName + ": a migration is named V<n>__<description>.sql");
        }
        try (InputStream in = SqlMigration.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("migration resource " + resourceName + " is missing from the build");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new SqlMigration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), resourceName, split(text));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read migration " + resourceName, e);
        }
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            int comment = line.indexOf("--");
            String code = (comment >= 0 ? line.substring(0, comment) : line).stripTrailing();
            if (code.isBlank()) {
                continue;
            }
            current.append(code).append('\n');
            if (code.endsWith(";")) {
                statements.add(current.toString().trim());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalArgumentException("the last statement does not end with ';': " + current.toString().trim());
        }
        return statements;
    }

    @Override
    public void apply(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }
}
