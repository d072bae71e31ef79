package org.newsgraph.pipeline;

import java.lang.management.ManagementFactory;

/**
 * CPU time for the benchmarks: a phase's wall time depends on how its threads share the cores, its CPU
 * time says what it costs whatever the machine's cores.
 */
final class Cpu {
    private Cpu() {
    }

    /** Nanoseconds of CPU this process has used on all its threads (the JIT and the collector too). */
    static long process() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        throw new IllegalStateException("this Java does not report the process's CPU time");
    }

    /** Nanoseconds of CPU the calling thread has used. */
    static long thread() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
