package org.lianqin.ear;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test domain's live heap, as {@code jcmd GC.class_histogram} reports it after the full collection it
 * forces: for the benchmarks that measure memory.
 */
record Heap(String histogram) {

    /** Payara's process: the Java process running the integration tests' domain. */
    static long payaraPid() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("lianqin-it") && c.contains("ASMain")).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException("Payara's domain lianqin-it is not running here"))
                .pid();
    }

    /** The histogram of the process now (one full collection). */
    static Heap of(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return new Heap(out);
    }

    /** The bytes of all live objects. */
    long liveBytes() {
        Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("jcmd said: " + histogram.lines().limit(5).toList());
        }
        return Long.parseLong(total.group(1));
    }

    /** The classes holding most of it, as Markdown table rows: instances, KiB, class. */
    List<String> largest(int how) {
        Matcher row = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)").matcher(histogram);
        List<String> rows = new ArrayList<>();
        while (row.find() && rows.size() < how) {
            rows.add(String.format(Locale.ROOT, "| %,d | %,d | `%s` |", Long.parseLong(row.group(1)),
                    Long.parseLong(row.group(2)) / 1024, row.group(3)));
        }
        return rows;
    }
}
