#pragma once

#include <QString>

#include <cstdint>

/** Deterministic hashing for generated data: the same inputs give the same numbers on every platform. */
namespace pinstripe::sandbox::hashing {

/** SplitMix64 finaliser: a fast, well-mixed 64-bit hash step. */
constexpr quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr quint64 combine(quint64 a, quint64 b)
{
    return mix(a ^ mix(b));
}

constexpr quint64 combine(quint64 a, quint64 b, quint64 c)
{
    return combine(combine(a, b), c);
}

/** Uniform in [0, 1). */
constexpr double unit(quint64 h)
{
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

/** FNV-1a of a string, for mixing names and enum values into seeds. */
inline quint64 ofString(const QString &s)
{
    quint64 h = 1469598103934665603ULL;
    for (QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace pinstripe::sandbox::hashing
