package io.liveblog.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A/B of two builds of the extractor in one JVM, for a change too small to see across separate runs on a noisy
 * machine: each build is loaded in its own class loader with {@link ExtractorBenchmark}'s posts, and the two take
 * turns in one-second slices on one thread, timed by the thread's CPU time. Prints the median posts per CPU second
 * of each and their ratio; an A/A run (the same build twice) shows the noise.
 *
 * <p>Run after {@code mvn -o -q -pl benchmarks -am package -DskipTests}, with a jar of the extraction module before
 * the change (A) and the current classes (B):
 * <pre>
 * java -cp 'benchmarks/target/classes' io.liveblog.bench.ExtractorAb /tmp/extraction-before.jar \
 *     extraction/target/classes benchmarks/target 15
 * </pre>
 */
public final class ExtractorAb {

    private static final int WARM_UP_ROUNDS = 3;

    private ExtractorAb() {
    }

    /** @param args A (jar or classes directory), B, the benchmarks module's target directory, rounds */
    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ExtractorAb A B BENCHMARKS_TARGET ROUNDS");
            return;
        }
        File target = new File(args[2]);
        List<URL> shared = new ArrayList<>();
        File[] libs = new File(target, "lib").listFiles();
        if (libs == null) {
            throw new IllegalArgumentException(target + "/lib is missing: package the benchmarks module first");
        }
        for (File lib : libs) {
            if (!lib.getName().startsWith("liveblog-extraction")) {
                shared.add(lib.toURI().toURL());
            }
        }
        shared.add(new File(target, "classes").toURI().toURL());
        String[] builds = {args[0], args[1]};
        Object[] benchmarks = new Object[2];
        Method[] extract = new Method[2];
        for (int v = 0; v < 2; v++) {
            List<URL> urls = new ArrayList<>();
            urls.add(url(new File(builds[v])));
            urls.addAll(shared);
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
            Class<?> c = loader.loadClass(ExtractorBenchmark.class.getName());
            benchmarks[v] = c.getConstructor().newInstance();
            c.getMethod("setUp").invoke(benchmarks[v]);
            extract[v] = c.getMethod("extract");
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int rounds = Integer.parseInt(args[3]);
        List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>());
        for (int r = 0; r < WARM_UP_ROUNDS + rounds; r++) {
            for (int v = 0; v < 2; v++) {
                long end = System.nanoTime() + 1_000_000_000L;
                long cpuStart = cpu.getCurrentThreadCpuTime();
                long posts = 0;
                while (System.nanoTime() < end) {
                    for (int k = 0; k < 50; k++) {
                        if (extract[v].invoke(benchmarks[v]) == null) {
                            throw new IllegalStateException("extract returned null");
                        }
                        posts++;
                    }
                }
                if (r >= WARM_UP_ROUNDS) {
                    rates.get(v).add(posts / ((cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9));
                }
            }
        }
        double a = median(rates.get(0));
        double b = median(rates.get(1));
        System.out.printf("A %s: %.0f posts per CPU second%nB %s: %.0f posts per CPU second%nB/A %.2f (medians of %d"
                + " one-second slices each)%n", builds[0], a, builds[1], b, b / a, rounds);
    }

    private static URL url(File build) throws MalformedURLException {
        // a directory must end in '/' for URLClassLoader to read classes from it
        return build.isDirectory() ? new URL("file:" + build.getAbsolutePath() + "/") : build.toURI().toURL();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
