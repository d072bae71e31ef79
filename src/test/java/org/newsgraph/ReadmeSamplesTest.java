package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Main;

/**
 * The README's sample outputs come from runs: every {@code $ newsgraph ingest ... seeds}, {@code query}
 * and {@code stats} shown in a code block is run on the seeds, and each number it shows must be the
 * number the run prints. A line {@code ...} stands for lines left out, {@code ...} inside a line for
 * words left out; timings and sizes on disk are not compared. After a change that moves the numbers,
 * refresh them with one command and review the diff:
 * {@code mvn -q -B test -Dtest=ReadmeSamplesTest -Dnewsgraph.readme.update=true}. A sample whose lines
 * no longer match at all is replaced by the run's whole output, to be shortened by hand.
 */
class ReadmeSamplesTest {
    private static final Path README = Fixtures.root().resolve("README.md");
    private static final Set<String> RUN = Set.of("ingest", "query", "stats");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?");
    /** Timings and sizes change from run to run: refreshed, never compared. */
    private static final Pattern VOLATILE = Pattern.compile(
            "[0-9.]+ s, [0-9.]+ articles/s|[0-9.]+ (?:bytes|KB|MB|GB) on disk|(?<=name uses; )[0-9.]+ s");
    private static final Pattern COMMAND = Pattern.compile("^\\$ (?:java -jar target/newsgraph\\.jar|newsgraph) (.*)$");

    @TempDir
    Path dir;

    private Path seedStore;
    private int stores;

    /** One sample: the command line's index in the README, its arguments, and the lines shown after it. */
    record Sample(int line, List<String> args, String grep, List<String> shown) {
    }

    @Test
    void everyNumberInTheSamplesIsWhatARunPrints() throws IOException {
        List<String> readme = new ArrayList<>(Files.readAllLines(README, StandardCharsets.UTF_8));
        List<String> drift = new ArrayList<>();
        List<Sample> samples = samples(readme);
        // Bottom up, so replacing a sample's lines leaves the indices of those above intact.
        for (int i = samples.size() - 1; i >= 0; i--) {
            Sample s = samples.get(i);
            List<String> actual = run(s);
            List<String> refreshed = SampleMatch.refresh(s.shown(), actual);
            if (!masked(refreshed).equals(masked(s.shown()))) {
                drift.add("README line " + (s.line() + 1) + " ($ newsgraph " + String.join(" ", s.args()) + "):\n  shown: "
                        + String.join("\n         ", s.shown()) + "\n  run:   " + String.join("\n         ", refreshed));
                readme.subList(s.line() + 1, s.line() + 1 + s.shown().size()).clear();
                readme.addAll(s.line() + 1, refreshed);
            }
        }
        if (Boolean.getBoolean("newsgraph.readme.update")) {
            Files.write(README, readme, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(samples.size() >= 5, "found only " + samples.size() + " samples in README.md");
        assertEquals(List.of(), drift, "README samples differ from a run; refresh with "
                + "mvn -q -B test -Dtest=ReadmeSamplesTest -Dnewsgraph.readme.update=true and review the diff");
    }

    /** Lines with timings and sizes on disk blanked: a sample is refreshed only when something else moved. */
    private static List<String> masked(List<String> lines) {
        return lines.stream().map(l -> VOLATILE.matcher(l).replaceAll("<varies>")).toList();
    }

    /** The runnable samples in code blocks: a {@code $} line and the lines up to the next one or the block's end. */
    static List<Sample> samples(List<String> readme) {
        List<Sample> out = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            Matcher m = COMMAND.matcher(line);
            if (!inBlock || !m.matches()) {
                continue;
            }
            if (m.group(1).contains("# not rerun")) {
                // a sample of another corpus (FA-KES) than the seeds this test runs on
                continue;
            }
            String command = m.group(1).replaceFirst("\\s+#.*$", "");
            String grep = null;
            int pipe = command.indexOf(" | grep ");
            if (pipe >= 0) {
                grep = command.substring(pipe + " | grep ".length()).strip().replaceAll("^'|'$", "");
                command = command.substring(0, pipe);
            }
            List<String> args = words(command);
            if (!RUN.contains(args.get(0)) || args.get(0).equals("ingest") && !args.get(args.size() - 1).equals("seeds")) {
                continue;
            }
            int end = i + 1;
            while (end < readme.size() && !readme.get(end).startsWith("```") && !readme.get(end).startsWith("$ ")) {
                end++;
            }
            while (end > i + 1 && readme.get(end - 1).isBlank()) {
                end--;
            }
            List<String> shown = List.copyOf(readme.subList(i + 1, end));
            // A sample of an error (a store in use) shows another situation than a run on the seeds.
            if (shown.isEmpty() || !shown.get(0).startsWith("newsgraph: ")) {
                out.add(new Sample(i, args, grep, shown));
            }
        }
        return out;
    }

    /** Shell words: spaces split, single quotes group. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(command);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }

    /** Runs a sample in this JVM: ingest into a fresh store, query and stats on the seeds' store. */
    private List<String> run(Sample s) {
        List<String> args = new ArrayList<>(s.args());
        int storeAt = args.indexOf("--store");
        String shownStore = storeAt >= 0 ? args.remove(storeAt + 1) : "store";
        if (storeAt >= 0) {
            args.remove(storeAt);
        }
        Path store = args.get(0).equals("ingest") ? dir.resolve("store" + stores++) : seedStore();
        args.add(1, "--store");
        args.add(2, store.toString());
        if (args.get(0).equals("ingest")) {
            args.set(args.size() - 1, Fixtures.seeds().toString());
        }
        String out = execute(args);
        return out.replace(store.toString(), shownStore).lines()
                .filter(l -> s.grep() == null || l.contains(s.grep())).toList();
    }

    private Path seedStore() {
        if (seedStore == null) {
            seedStore = dir.resolve("seeds-store");
            execute(List.of("ingest", "--store", seedStore.toString(), Fixtures.seeds().toString()));
        }
        return seedStore;
    }

    private static String execute(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        assertEquals(0, code, args + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Matching shown lines against a run, numbers as the only freedom, and writing the run's numbers in. */
    static final class SampleMatch {
        private SampleMatch() {
        }

        /**
         * The shown lines with the run's numbers (and timings) in place of theirs; the run's whole
         * output when the shown lines do not match it apart from numbers.
         */
        static List<String> refresh(List<String> shown, List<String> actual) {
            StringBuilder regex = new StringBuilder("\\A");
            List<List<int[]>> spans = new ArrayList<>();
            for (String line : shown) {
                if (line.strip().equals("...")) {
                    regex.append("(?:.*\\n)*?");
                    spans.add(List.of());
                    continue;
                }
                List<int[]> numbers = new ArrayList<>();
                regex.append(lineRegex(line, numbers)).append("\\n");
                spans.add(numbers);
            }
            Matcher m = Pattern.compile(regex.toString()).matcher(String.join("\n", actual) + "\n");
            if (!m.lookingAt()) {
                return actual;
            }
            List<String> out = new ArrayList<>();
            int group = 1;
            for (int i = 0; i < shown.size(); i++) {
                StringBuilder line = new StringBuilder(shown.get(i));
                List<int[]> numbers = spans.get(i);
                List<String> values = new ArrayList<>();
                for (int k = 0; k < numbers.size(); k++) {
                    values.add(m.group(group++));
                }
                for (int k = numbers.size() - 1; k >= 0; k--) {
                    line.replace(numbers.get(k)[0], numbers.get(k)[1], values.get(k));
                }
                out.add(line.toString());
            }
            return out;
        }

        /** A line as a regex: numbers and timings captured, "..." any text, runs of spaces any padding. */
        private static String lineRegex(String line, List<int[]> numbers) {
            StringBuilder regex = new StringBuilder();
            Matcher vol = VOLATILE.matcher(line);
            Matcher num = NUMBER.matcher(line);
            int at = 0;
            while (at < line.length()) {
                if (vol.find(at) && vol.start() == at) {
                    numbers.add(new int[] {at, vol.end()});
                    regex.append("(").append(VOLATILE.pattern()).append(")");
                    at = vol.end();
                } else if (line.startsWith("...", at)) {
                    regex.append(".*?");
                    at += 3;
                } else if (line.charAt(at) == ' ') {
                    int end = at;
                    while (end < line.length() && line.charAt(end) == ' ') {
                        end++;
                    }
                    regex.append(end - at > 1 ? " +" : " ");
                    at = end;
                } else if (num.find(at) && num.start() == at && (at == 0 || !Character.isLetter(line.charAt(at - 1)))) {
                    numbers.add(new int[] {at, num.end()});
                    regex.append("(").append(NUMBER.pattern()).append(")");
                    at = num.end();
                } else {
                    regex.append(Pattern.quote(String.valueOf(line.charAt(at))));
                    at++;
                }
            }
            return regex.toString();
        }
    }
}
