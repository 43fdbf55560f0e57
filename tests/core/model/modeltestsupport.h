#pragma once

// Helpers shared by the model tests: the examples folder, strict JSON comparison, and a
// seeded generator of random JSON objects for each model's schema.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>

namespace pinstripe::test {

/** The examples folder, or an empty string (with @p why filled) when it is not available. */
inline QString examplesDir(QString *why)
{
    const QString shared = qEnvironmentVariable("PINSTRIPE_SHARED_DIR");
    if (shared.isEmpty()) {
        *why = QStringLiteral("PINSTRIPE_SHARED_DIR is not set; it must point at the folder "
                              "holding pinterest-api/examples");
        return {};
    }
    const QString dir = shared + QStringLiteral("/pinterest-api/examples");
    if (!QDir(dir).exists()) {
        *why = QStringLiteral("examples folder not found: ") + dir;
        return {};
    }
    return dir;
}

inline QJsonDocument readJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        *error = parseError.errorString();
    return doc;
}

/** Compact text with sorted keys: stricter than QJsonValue ==, which compares numbers as doubles. */
inline QByteArray canonical(const QJsonValue &v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    QJsonArray wrapper{v};
    return QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
}

/** The wire type of one member in a test schema. */
enum class Type { String, Id, Integer, Int, Double, Bool, StringList, IntList, Int64List, Any, Currency, Object, ObjectList };

struct Member;
using Schema = QList<Member>;

struct Member
{
    QString key;
    Type type;
    std::function<Schema()> nested = {}; ///< for Object / ObjectList
};

/**
 * Random JSON for a schema: every member is absent, null or a value with equal chance, and an
 * unknown member is added now and then. Integers include values above 2^53 and IDs have up to
 * 18 digits, so precision loss anywhere shows up as a mismatch.
 */
class JsonGenerator
{
public:
    explicit JsonGenerator(quint32 seed)
        : m_random(seed)
    {
    }

    QJsonObject object(const Schema &schema, int depth = 0)
    {
        QJsonObject o;
        for (const Member &m : schema) {
            switch (m_random.bounded(3)) {
            case 0:
                break; // absent
            case 1:
                o.insert(m.key, QJsonValue(QJsonValue::Null));
                break;
            default:
                o.insert(m.key, value(m, depth));
                break;
            }
        }
        if (m_random.bounded(4) == 0)
            o.insert(QStringLiteral("x_future_member_%1").arg(m_random.bounded(100)), anyValue(depth));
        return o;
    }

    QJsonValue value(const Member &m, int depth)
    {
        switch (m.type) {
        case Type::String:
            return randomString();
        case Type::Id:
            return digits(1 + int(m_random.bounded(18)));
        case Type::Integer:
            return integer();
        case Type::Int:
            return int(m_random.bounded(-1000, 100000));
        case Type::Double:
            return m_random.bounded(100000) / 8.0;
        case Type::Bool:
            return m_random.bounded(2) == 1;
        case Type::StringList: {
            QJsonArray a;
            for (int i = 0, n = int(m_random.bounded(4)); i < n; ++i)
                a.append(randomString());
            return a;
        }
        case Type::IntList: {
            QJsonArray a;
            for (int i = 0, n = int(m_random.bounded(4)); i < n; ++i)
                a.append(int(m_random.bounded(20)));
            return a;
        }
        case Type::Int64List: {
            QJsonArray a;
            for (int i = 0, n = int(m_random.bounded(4)); i < n; ++i)
                a.append(integer());
            return a;
        }
        case Type::Any:
            return anyValue(depth);
        case Type::Currency: {
            static const QStringList codes{QStringLiteral("USD"), QStringLiteral("JPY"),
                                           QStringLiteral("EUR"), QStringLiteral("XYZ")};
            return codes.at(m_random.bounded(codes.size()));
        }
        case Type::Object:
            return object(m.nested(), depth + 1);
        case Type::ObjectList: {
            QJsonArray a;
            for (int i = 0, n = int(m_random.bounded(3)); i < n; ++i)
                a.append(object(m.nested(), depth + 1));
            return a;
        }
        }
        return {};
    }

    QString digits(int count)
    {
        QString s;
        s.append(QChar(u'1' + char16_t(m_random.bounded(9))));
        for (int i = 1; i < count; ++i)
            s.append(QChar(u'0' + char16_t(m_random.bounded(10))));
        return s;
    }

private:
    qint64 integer()
    {
        switch (m_random.bounded(3)) {
        case 0:
            return m_random.bounded(1000);
        case 1:
            return qint64(m_random.bounded(2'000'000'000));
        default:
            // Above 2^53: a double would round these.
            return (qint64(1) << 53) + qint64(m_random.bounded(1'000'000'000)) * 1'000'003 + 1;
        }
    }

    QString randomString()
    {
        static const QStringList words{QStringLiteral("ACTIVE"), QStringLiteral("FUTURE_VALUE"),
                                       QStringLiteral("Frühling ☀"), QStringLiteral(""),
                                       QStringLiteral("65+"), QStringLiteral("en")};
        if (m_random.bounded(2) == 0)
            return words.at(m_random.bounded(words.size()));
        return digits(1 + int(m_random.bounded(18)));
    }

    QJsonValue anyValue(int depth)
    {
        switch (m_random.bounded(depth > 2 ? 4 : 6)) {
        case 0:
            return randomString();
        case 1:
            return integer();
        case 2:
            return m_random.bounded(2) == 1;
        case 3:
            return 0.25;
        case 4:
            return QJsonArray{integer(), randomString(), QJsonValue(QJsonValue::Null)};
        default:
            return QJsonObject{{QStringLiteral("nested"), anyValue(depth + 1)}};
        }
    }

    QRandomGenerator m_random;
};

} // namespace pinstripe::test
