#include "sandbox/queryparams.h"

#include <QRegularExpression>

namespace pinstripe::sandbox {

QueryParams::QueryParams(const HttpRequest &request)
    : m_query(request.query())
{
}

bool QueryParams::has(const char *key) const
{
    return m_query.hasQueryItem(QLatin1String(key));
}

QStringList QueryParams::values(const char *key) const
{
    return m_query.allQueryItemValues(QLatin1String(key), QUrl::FullyDecoded);
}

QStringList QueryParams::items(const char *key, Qt::SplitBehavior behavior) const
{
    QStringList list;
    const QStringList raw = values(key);
    for (const QString &r : raw)
        list += r.split(QLatin1Char(','), behavior);
    return list;
}

QString QueryParams::string(const char *key) const
{
    return m_query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

void QueryParams::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool QueryParams::isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 18)
        return false;
    for (QChar c : id) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QStringList QueryParams::ids(const char *key, bool required, int maxItems)
{
    // An empty piece ("1,,2", "ad_group_ids=") is refused below rather than read as no filter.
    const QStringList list = items(key, Qt::KeepEmptyParts);
    const QString name = QLatin1String(key);
    if (list.isEmpty()) {
        if (required)
            fail(QStringLiteral("%1 is required").arg(name));
        return {};
    }
    if (list.size() > maxItems) {
        fail(QStringLiteral("%1 accepts at most %2 ids (got %3)").arg(name).arg(maxItems).arg(list.size()));
        return {};
    }
    for (const QString &id : list) {
        if (!isValidId(id)) {
            fail(QStringLiteral("%1 value '%2' does not match ^\\d+$ with at most 18 digits").arg(name, id));
            return {};
        }
    }
    return list;
}

QStringList QueryParams::repeatedEnum(const char *key, const QStringList &allowed, const QStringList &fallback)
{
    const QStringList list = items(key, Qt::KeepEmptyParts);
    if (list.isEmpty())
        return fallback;
    for (const QString &v : list) {
        if (!allowed.contains(v)) {
            fail(QStringLiteral("%1 value '%2' is not one of %3")
                     .arg(QLatin1String(key), v, allowed.join(QLatin1String(", "))));
            return fallback;
        }
    }
    return list;
}

QStringList QueryParams::csvEnum(const char *key, const QSet<QString> &allowed, bool required, int maxItems)
{
    const QString name = QLatin1String(key);
    const QStringList list = items(key, Qt::SkipEmptyParts);
    if (list.isEmpty()) {
        if (required)
            fail(QStringLiteral("%1 is required (comma-separated)").arg(name));
        return {};
    }
    if (maxItems > 0 && list.size() > maxItems) {
        fail(QStringLiteral("%1 accepts at most %2 values (got %3)").arg(name).arg(maxItems).arg(list.size()));
        return {};
    }
    for (const QString &v : std::as_const(list)) {
        if (!allowed.contains(v)) {
            fail(QStringLiteral("%1 value '%2' is not a valid value").arg(name, v));
            return {};
        }
    }
    return list;
}

QString QueryParams::enumValue(const char *key, const QStringList &allowed, const QString &fallback, bool required)
{
    if (!has(key)) {
        if (required)
            fail(QStringLiteral("%1 is required (one of %2)").arg(QLatin1String(key), allowed.join(QLatin1String(", "))));
        return fallback;
    }
    const QString v = string(key);
    if (!allowed.contains(v)) {
        fail(QStringLiteral("%1 value '%2' is not one of %3")
                 .arg(QLatin1String(key), v, allowed.join(QLatin1String(", "))));
        return fallback;
    }
    return v;
}

int QueryParams::integer(const char *key, int fallback, int min, int max)
{
    if (!has(key))
        return fallback;
    bool ok = false;
    const int v = string(key).toInt(&ok);
    if (!ok || v < min || v > max) {
        fail(QStringLiteral("%1 must be an integer between %2 and %3 (got '%4')")
                 .arg(QLatin1String(key)).arg(min).arg(max).arg(string(key)));
        return fallback;
    }
    return v;
}

int QueryParams::integerOneOf(const char *key, int fallback, const QList<int> &allowed)
{
    if (!has(key))
        return fallback;
    bool ok = false;
    const int v = string(key).toInt(&ok);
    if (!ok || !allowed.contains(v)) {
        QStringList names;
        for (int a : allowed)
            names << QString::number(a);
        fail(QStringLiteral("%1 must be one of %2 (got '%3')")
                 .arg(QLatin1String(key), names.join(QLatin1String(", ")), string(key)));
        return fallback;
    }
    return v;
}

bool QueryParams::boolean(const char *key, bool fallback)
{
    if (!has(key))
        return fallback;
    const QString v = string(key).toLower();
    if (v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("false"))
        return false;
    fail(QStringLiteral("%1 must be true or false (got '%2')").arg(QLatin1String(key), string(key)));
    return fallback;
}

QDate QueryParams::date(const char *key)
{
    if (!has(key)) {
        fail(QStringLiteral("%1 is required (YYYY-MM-DD)").arg(QLatin1String(key)));
        return {};
    }
    const QString v = string(key);
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(v, Qt::ISODate);
    if (!d.isValid() || !shape.match(v).hasMatch()) {
        fail(QStringLiteral("%1 must be a date in YYYY-MM-DD form (got '%2')").arg(QLatin1String(key), v));
        return {};
    }
    return d;
}

} // namespace pinstripe::sandbox
