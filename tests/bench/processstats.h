#pragma once
// CPU time and peak memory of this process (POSIX getrusage).

#include <QtGlobal>

#include <sys/resource.h>

namespace pinstripe::bench {

/** User + system CPU time of this process so far, in milliseconds. */
inline double cpuMilliseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

/** Peak resident set size of this process so far, in MiB. */
inline double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

} // namespace pinstripe::bench
