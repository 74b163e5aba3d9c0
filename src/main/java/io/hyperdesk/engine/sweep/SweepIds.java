package io.hyperdesk.engine.sweep;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/** Sweep ids: the sweep's name as a slug and its start time, e.g. {@code digits-mlp-20261204-143015}. */
public final class SweepIds {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SweepIds() {
    }

    /** A new id for a sweep named {@code name} started at {@code time}, unused among {@code taken}. */
    public static String next(String name, LocalDateTime time, Collection<String> taken) {
        String base = slug(name) + "-" + STAMP.format(time);
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Lower-case letters, digits and single dashes; "sweep" when nothing is left. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "sweep" : slug;
    }

    /** The sweep id of a run id ({@code <sweep-id>_<n>}, SPEC L3); the run id itself when it has no number. */
    public static String sweepOfRun(String runId) {
        int underscore = runId.lastIndexOf('_');
        return underscore > 0 ? runId.substring(0, underscore) : runId;
    }
}
