#include "sandbox/answermalformer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace pinstripe::sandbox {

namespace {

constexpr qsizetype kHugeStringBytes = 4 * 1024 * 1024;
constexpr int kDeepNestingLevels = 5000;

QJsonValue valueAt(const QJsonValue &root, const QStringList &path)
{
    QJsonValue value = root;
    for (const QString &step : path)
        value = value.isArray() ? value.toArray().at(step.toInt()) : value.toObject().value(step);
    return value;
}

QJsonValue replaceAt(const QJsonValue &root, const QStringList &path, const QJsonValue &replacement)
{
    if (path.isEmpty())
        return replacement;
    const QString step = path.constFirst();
    const QStringList rest = path.mid(1);
    if (root.isArray()) {
        QJsonArray array = root.toArray();
        array[step.toInt()] = replaceAt(array.at(step.toInt()), rest, replacement);
        return array;
    }
    QJsonObject object = root.toObject();
    object.insert(step, replaceAt(object.value(step), rest, replacement));
    return object;
}

/** The path of the first object a reader of @p root meets. */
QStringList firstItem(const QJsonValue &root)
{
    if (root.isArray())
        return root.toArray().isEmpty() || !root.toArray().at(0).isObject() ? QStringList{} : QStringList{QStringLiteral("0")};
    const QJsonObject object = root.toObject();
    for (const char *list : {"items", "data"}) {
        const QJsonArray array = object.value(QLatin1String(list)).toArray();
        if (!array.isEmpty() && array.at(0).isObject()) {
            const QJsonObject item = array.at(0).toObject();
            // A batch answer's item wraps the ad group in "data".
            if (item.value(QLatin1String("data")).isObject())
                return {QLatin1String(list), QStringLiteral("0"), QStringLiteral("data")};
            return {QLatin1String(list), QStringLiteral("0")};
        }
    }
    return {};
}

bool looksLikeChoice(const QJsonValue &value)
{
    static const QRegularExpression upper(QStringLiteral("^[A-Z][A-Z0-9_]+$"));
    return value.isString() && upper.match(value.toString()).hasMatch();
}

QByteArray compact(const QJsonValue &root)
{
    return root.isArray() ? QJsonDocument(root.toArray()).toJson(QJsonDocument::Compact)
                          : QJsonDocument(root.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

std::optional<QByteArray> AnswerMalformer::apply(const QByteArray &body, Malformation how)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isNull())
        return std::nullopt;
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QStringList path = firstItem(root);
    QJsonObject item = valueAt(root, path).toObject();
    if (item.isEmpty())
        return std::nullopt;

    switch (how) {
    case Malformation::WrongType: {
        // A number becomes text, or else a text becomes a number.
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (it->isDouble()) {
                *it = QString::number(it->toDouble(), 'g', 17);
                return compact(replaceAt(root, path, item));
            }
        }
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (it->isString()) {
                *it = 12345;
                return compact(replaceAt(root, path, item));
            }
        }
        return std::nullopt;
    }
    case Malformation::MissingMember:
        for (const char *key : {"id", "AD_GROUP_ID", "bid_floors", "audience_size_lower_bound", "targeting_type"}) {
            if (item.contains(QLatin1String(key))) {
                item.remove(QLatin1String(key));
                return compact(replaceAt(root, path, item));
            }
        }
        return std::nullopt;
    case Malformation::HugeString:
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (it->isString()) {
                *it = QString(kHugeStringBytes, QLatin1Char('x'));
                return compact(replaceAt(root, path, item));
            }
        }
        item.insert(QStringLiteral("note"), QString(kHugeStringBytes, QLatin1Char('x')));
        return compact(replaceAt(root, path, item));
    case Malformation::DeepNesting: {
        // Written by hand: QJsonDocument itself refuses to build what it could not read back.
        item.insert(QStringLiteral("nested"), QStringLiteral("@@nested@@"));
        QByteArray text = compact(replaceAt(root, path, item));
        const QByteArray deep = QByteArray(kDeepNestingLevels, '[') + QByteArray(kDeepNestingLevels, ']');
        return text.replace("\"@@nested@@\"", deep);
    }
    case Malformation::DuplicateKey: {
        // The first member once more, with another value, in the same object.
        const QString key = item.constBegin().key();
        const QJsonValue original = item.constBegin().value();
        const QJsonValue other = original.isString() ? QJsonValue(original.toString() + QLatin1Char('0')) : QJsonValue(1);
        const auto member = [&key](const QJsonValue &value) {
            const QByteArray object = QJsonDocument(QJsonObject{{key, value}}).toJson(QJsonDocument::Compact);
            return object.mid(1, object.size() - 2);
        };
        const QString marker = QStringLiteral("@@duplicate@@");
        item.insert(key, marker);
        QByteArray text = compact(replaceAt(root, path, item));
        const QByteArray twice = member(original) + ',' + member(other);
        return text.replace(member(marker), twice);
    }
    case Malformation::UnknownEnum: {
        QString key = item.contains(QLatin1String("status")) ? QStringLiteral("status") : QString();
        for (auto it = item.constBegin(); key.isEmpty() && it != item.constEnd(); ++it) {
            if (looksLikeChoice(it.value()) && it.key() != QLatin1String("currency"))
                key = it.key();
        }
        if (key.isEmpty())
            return std::nullopt;
        item.insert(key, QStringLiteral("NOT_IN_THE_API"));
        return compact(replaceAt(root, path, item));
    }
    }
    return std::nullopt;
}

QString AnswerMalformer::nameOf(Malformation how)
{
    switch (how) {
    case Malformation::WrongType: return QStringLiteral("wrong-type");
    case Malformation::MissingMember: return QStringLiteral("missing-member");
    case Malformation::HugeString: return QStringLiteral("huge-string");
    case Malformation::DeepNesting: return QStringLiteral("deep-nesting");
    case Malformation::DuplicateKey: return QStringLiteral("duplicate-key");
    case Malformation::UnknownEnum: return QStringLiteral("unknown-enum");
    }
    return {};
}

std::optional<Malformation> AnswerMalformer::fromName(const QString &name)
{
    for (Malformation how : {Malformation::WrongType, Malformation::MissingMember, Malformation::HugeString,
                             Malformation::DeepNesting, Malformation::DuplicateKey, Malformation::UnknownEnum}) {
        if (nameOf(how) == name)
            return how;
    }
    return std::nullopt;
}

} // namespace pinstripe::sandbox
