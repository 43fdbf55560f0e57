#pragma once

#include "core/model/currency.h"
#include "core/model/field.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <limits>
#include <optional>
#include <utility>

/**
 * @file
 * Reading and writing Field members of the value models. Shared by every model so that all of
 * them treat absent, null, wrong-typed and unknown members the same way:
 *
 * - absent key → Field absent; `null` → Field null; a value of the expected type → Field value;
 * - a known key whose value has an unexpected type is not guessed at: it is kept verbatim with the
 *   unknown members, so it is sent back exactly as it came;
 * - keys the model does not know are kept verbatim and re-emitted by toJson().
 */

namespace pinstripe::json {

/** Converts one JSON value to and from T. The primary template handles the value models. */
template<typename T>
struct Codec
{
    static bool read(const QJsonValue &v, T &out)
    {
        if (!v.isObject())
            return false;
        out = T::fromJson(v.toObject());
        return true;
    }
    static QJsonValue write(const T &value) { return value.toJson(); }
};

/** Reads an integer without ever going through a double: 18-digit values stay exact. */
inline bool readInteger(const QJsonValue &v, qint64 &out)
{
    if (!v.isDouble())
        return false;
    const qint64 i = v.toInteger(0);
    // toInteger() falls back to the default for fractions and out-of-range values; a genuine 0
    // is told apart by its double value being 0 as well.
    if (i == 0 && v.toDouble() != 0.0)
        return false;
    out = i;
    return true;
}

template<>
struct Codec<qint64>
{
    static bool read(const QJsonValue &v, qint64 &out) { return readInteger(v, out); }
    static QJsonValue write(qint64 value) { return QJsonValue(value); }
};

template<>
struct Codec<int>
{
    static bool read(const QJsonValue &v, int &out)
    {
        qint64 i = 0;
        if (!readInteger(v, i) || i < std::numeric_limits<int>::min()
            || i > std::numeric_limits<int>::max())
            return false;
        out = int(i);
        return true;
    }
    static QJsonValue write(int value) { return QJsonValue(value); }
};

template<>
struct Codec<double>
{
    static bool read(const QJsonValue &v, double &out)
    {
        if (!v.isDouble())
            return false;
        out = v.toDouble();
        return true;
    }
    static QJsonValue write(double value) { return QJsonValue(value); }
};

template<>
struct Codec<bool>
{
    static bool read(const QJsonValue &v, bool &out)
    {
        if (!v.isBool())
            return false;
        out = v.toBool();
        return true;
    }
    static QJsonValue write(bool value) { return QJsonValue(value); }
};

template<>
struct Codec<QString>
{
    static bool read(const QJsonValue &v, QString &out)
    {
        if (!v.isString())
            return false;
        out = v.toString();
        return true;
    }
    static QJsonValue write(const QString &value) { return QJsonValue(value); }
};

/** Any JSON value (e.g. the untyped `dca_assets`); `null` is the Field's null state. */
template<>
struct Codec<QJsonValue>
{
    static bool read(const QJsonValue &v, QJsonValue &out)
    {
        out = v;
        return true;
    }
    static QJsonValue write(const QJsonValue &value) { return value; }
};

template<>
struct Codec<QJsonObject>
{
    static bool read(const QJsonValue &v, QJsonObject &out)
    {
        if (!v.isObject())
            return false;
        out = v.toObject();
        return true;
    }
    static QJsonValue write(const QJsonObject &value) { return value; }
};

/**
 * A currency code. A code that Currency would normalise (lower case, blanks) does not count as
 * the expected type, so it is kept verbatim instead of being silently rewritten.
 */
template<>
struct Codec<Currency>
{
    static bool read(const QJsonValue &v, Currency &out)
    {
        if (!v.isString())
            return false;
        const QString code = v.toString();
        Currency c(code);
        if (c.code() != code)
            return false;
        out = std::move(c);
        return true;
    }
    static QJsonValue write(const Currency &value) { return QJsonValue(value.code()); }
};

/** Arrays: every element must have the element type, otherwise the whole array is kept raw. */
template<typename T>
struct Codec<QList<T>>
{
    static bool read(const QJsonValue &v, QList<T> &out)
    {
        if (!v.isArray())
            return false;
        const QJsonArray array = v.toArray();
        out.clear();
        out.reserve(array.size());
        for (const QJsonValue &element : array) {
            T item{};
            if (!Codec<T>::read(element, item))
                return false;
            out.append(std::move(item));
        }
        return true;
    }
    static QJsonValue write(const QList<T> &values)
    {
        QJsonArray array;
        for (const T &value : values)
            array.append(Codec<T>::write(value));
        return array;
    }
};

/**
 * Reads the members of one JSON object into Fields and collects what is left over.
 *
 * The object is walked once up front and each lookup is a linear compare of short keys. That
 * is several times cheaper than QJsonObject::constFind() per member on Qt 6.4, which matters
 * when a page of 250 ad groups (or 10,000 from a cache) is parsed on the UI thread.
 */
class ObjectReader
{
public:
    explicit ObjectReader(const QJsonObject &object)
    {
        m_entries.reserve(object.size());
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            m_entries.append(Entry{it.key(), it.value(), false});
    }

    /** Reads @p key into @p field (absent, null, value; a wrong-typed value is kept raw). */
    template<typename T>
    void read(QLatin1String key, Field<T> &field)
    {
        Entry *entry = find(key);
        if (!entry)
            return;
        const QJsonValue &v = entry->value;
        if (v.isNull()) {
            field.setNull();
            return;
        }
        if constexpr (requires(const QJsonObject &o) { T::fromJson(o); }) {
            // Nested models are built in place: no default-constructed temporary to move from.
            if (v.isObject())
                field.set(T::fromJson(v.toObject()));
            else
                m_unknown.insert(key, v);
        } else {
            T value{};
            if (Codec<T>::read(v, value))
                field.set(std::move(value));
            else
                m_unknown.insert(key, v);
        }
    }

    /** Marks @p key as known and returns its raw value (Undefined when absent). */
    QJsonValue take(QLatin1String key)
    {
        Entry *entry = find(key);
        return entry ? entry->value : QJsonValue(QJsonValue::Undefined);
    }

    /** Keeps @p value under @p key with the unknown members (a known key that did not parse). */
    void keepRaw(QLatin1String key, const QJsonValue &value) { m_unknown.insert(key, value); }

    /** The members that were not read, plus known members whose values did not parse. */
    QJsonObject unknownFields() const
    {
        QJsonObject unknown = m_unknown;
        for (const Entry &entry : m_entries) {
            if (!entry.used)
                unknown.insert(entry.key, entry.value);
        }
        return unknown;
    }

private:
    struct Entry
    {
        QString key;
        QJsonValue value;
        bool used;
    };

    Entry *find(QLatin1String key)
    {
        for (Entry &entry : m_entries) {
            if (!entry.used && entry.key == key) {
                entry.used = true;
                return &entry;
            }
        }
        return nullptr;
    }

    QVarLengthArray<Entry, 40> m_entries;
    QJsonObject m_unknown;
};

/** Writes @p field under @p key: nothing when absent, `null` when null, else the value. */
template<typename T>
void write(QJsonObject &object, QLatin1String key, const Field<T> &field)
{
    if (field.isAbsent())
        return;
    if (field.isNull())
        object.insert(key, QJsonValue(QJsonValue::Null));
    else
        object.insert(key, Codec<T>::write(field.value()));
}

/** Parses an unsigned decimal string such as "123456789" to micros; nullopt if not all digits. */
inline std::optional<qint64> digitsToMicros(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace pinstripe::json
