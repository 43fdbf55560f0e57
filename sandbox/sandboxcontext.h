#pragma once

#include "sandbox/sandboxoptions.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace pinstripe::sandbox {

class DataStore;
class SandboxClock;

/** What the endpoint classes share: the data, the clock, the options and a save hook. */
struct SandboxContext
{
    DataStore &store;
    const SandboxClock &clock;
    const SandboxOptions &options;
    /** Called after every successful write so the state file can be saved. */
    std::function<void()> changed;
};

/** Error messages in Pinterest's wording, with the detail that names the problem. */
namespace errors {
inline QString invalid(const char *what, const QString &detail)
{
    return QStringLiteral("Invalid %1 parameters: %2").arg(QLatin1String(what), detail);
}
} // namespace errors

/** {"items":[…],"bookmark":…} from already serialized items. */
inline QByteArray pageBody(const QList<const QByteArray *> &items, const QString &bookmark)
{
    qsizetype size = 40 + bookmark.size();
    for (const QByteArray *i : items)
        size += i->size() + 1;
    QByteArray out;
    out.reserve(size);
    out += "{\"items\":[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += *items.at(i);
    }
    out += "],\"bookmark\":";
    out += bookmark.isEmpty() ? QByteArray("null") : '"' + bookmark.toLatin1() + '"';
    out += '}';
    return out;
}

} // namespace pinstripe::sandbox
