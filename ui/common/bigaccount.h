#pragma once

#include <QtGlobal>

namespace pinstripe {

/**
 * Above this many ad groups an account is big: work that takes no time for a few thousand rows
 * (repainting the stats columns for each chunk, reading kept totals on the UI thread) is batched
 * or moved to a worker thread instead. Measured in BENCHMARKS.md (bench_app).
 */
inline constexpr qsizetype kBigAccountAdGroups = 5000;

} // namespace pinstripe
