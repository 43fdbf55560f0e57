#include "core/api/answercheck.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <span>
#include <string_view>
#include <vector>

namespace pinstripe::answercheck {

namespace {

enum class JsonType { Any, String, Integer, Number, Boolean, Array, Object };

struct AnswerMember
{
    std::u16string_view name;
    JsonType type;
    std::span<const std::u16string_view> allowed;
};

#include "core/api/answercontract.inc"

struct Contract
{
    std::span<const AnswerMember> members; ///< sorted by name
    std::span<const std::u16string_view> required;
};

constexpr std::u16string_view kId[] = {u"id"};
constexpr std::u16string_view kBidFloors[] = {u"bid_floors"};

Contract contractOf(AnswerKind kind)
{
    switch (kind) {
    case AnswerKind::AdAccount: return {kAdAccountMembers, kId};
    case AnswerKind::Campaign: return {kCampaignMembers, kId};
    case AnswerKind::AdGroup: return {kAdGroupMembers, kId};
    case AnswerKind::BidFloor: return {kBidFloorMembers, kBidFloors};
    case AnswerKind::AudienceSizing: return {kAudienceSizingMembers, {}};
    }
    return {};
}

QStringView viewOf(std::u16string_view text)
{
    return QStringView(text.data(), qsizetype(text.size()));
}

const AnswerMember *find(std::span<const AnswerMember> members, QStringView key)
{
    const auto at = std::lower_bound(members.begin(), members.end(), key,
                                     [](const AnswerMember &m, QStringView k) { return viewOf(m.name) < k; });
    return at != members.end() && viewOf(at->name) == key ? &*at : nullptr;
}

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

bool hasType(const QJsonValue &value, JsonType type)
{
    switch (type) {
    case JsonType::Any: return true;
    case JsonType::String: return value.isString();
    case JsonType::Integer: return isWholeNumber(value);
    case JsonType::Number: return value.isDouble();
    case JsonType::Boolean: return value.isBool();
    case JsonType::Array: return value.isArray();
    case JsonType::Object: return value.isObject();
    }
    return false;
}

QString expected(JsonType type)
{
    switch (type) {
    case JsonType::Any: return {};
    case JsonType::String: return QStringLiteral("text");
    case JsonType::Integer: return QStringLiteral("a whole number");
    case JsonType::Number: return QStringLiteral("a number");
    case JsonType::Boolean: return QStringLiteral("true or false");
    case JsonType::Array: return QStringLiteral("a list");
    case JsonType::Object: return QStringLiteral("an object");
    }
    return {};
}

/** The value in words, short: "text \"abc\"", "the number 12.5", "a list". */
QString described(const QJsonValue &value)
{
    if (value.isString()) {
        QString text = value.toString();
        if (text.size() > 40)
            text = text.left(40) + QStringLiteral("…");
        return QStringLiteral("text \"%1\"").arg(text);
    }
    if (value.isDouble())
        return QStringLiteral("the number %1").arg(value.toDouble(), 0, 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QStringLiteral("a list");
    if (value.isObject())
        return QStringLiteral("an object");
    return QStringLiteral("null");
}

/** One open object or array of the raw scan. */
struct Level
{
    bool object = false;
    bool expectKey = false;
    QVarLengthArray<QByteArrayView, 40> keys;
};

} // namespace

QString rawProblem(const QByteArray &body)
{
    const char *data = body.constData();
    const qsizetype size = body.size();
    std::vector<Level> open;
    open.reserve(16);
    for (qsizetype i = 0; i < size; ++i) {
        switch (data[i]) {
        case '"': {
            qsizetype end = i + 1;
            while (end < size && data[end] != '"')
                end += data[end] == '\\' ? 2 : 1;
            if (end >= size)
                return {}; // unterminated: the JSON parser names that
            const qsizetype length = end - i - 1;
            if (length > kMaxStringBytes) {
                return QStringLiteral("a text of %1 bytes at byte %2; no answer of Pinterest's API holds one that long")
                    .arg(length)
                    .arg(i);
            }
            if (!open.empty() && open.back().object && open.back().expectKey) {
                const QByteArrayView key(data + i + 1, length);
                if (std::find(open.back().keys.cbegin(), open.back().keys.cend(), key) != open.back().keys.cend()) {
                    return QStringLiteral("the member \"%1\" appears twice in one object (byte %2), so its value is ambiguous")
                        .arg(QString::fromUtf8(key))
                        .arg(i);
                }
                open.back().keys.append(key);
                open.back().expectKey = false;
            }
            i = end;
            break;
        }
        case '{':
        case '[':
            if (open.size() >= size_t(kMaxDepth)) {
                return QStringLiteral("it is nested more than %1 levels deep (byte %2); no answer of Pinterest's API is")
                    .arg(kMaxDepth)
                    .arg(i);
            }
            open.push_back(Level{data[i] == '{', data[i] == '{', {}});
            break;
        case '}':
        case ']':
            if (!open.empty())
                open.pop_back();
            break;
        case ',':
            if (!open.empty() && open.back().object)
                open.back().expectKey = true;
            break;
        default:
            break;
        }
    }
    return {};
}

QString problemIn(const QJsonObject &object, AnswerKind kind)
{
    const Contract contract = contractOf(kind);
    for (const std::u16string_view name : contract.required) {
        const QJsonValue value = object.value(viewOf(name));
        if (value.isUndefined() || value.isNull())
            return QStringLiteral("\"%1\" is missing").arg(viewOf(name));
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isNull())
            continue;
        const AnswerMember *member = find(contract.members, it.key());
        if (!member)
            continue; // a member this version does not know is kept as it is
        if (!hasType(value, member->type))
            return QStringLiteral("\"%1\" is %2, not %3").arg(it.key(), described(value), expected(member->type));
        if (member->allowed.empty() || !value.isString())
            continue;
        const QString text = value.toString();
        const bool listed = std::any_of(member->allowed.begin(), member->allowed.end(),
                                        [&text](std::u16string_view allowed) { return viewOf(allowed) == text; });
        if (!listed) {
            return QStringLiteral("\"%1\" has the value \"%2\", which Pinterest's API does not list")
                .arg(it.key(), text.left(80));
        }
    }
    return {};
}

namespace {

/** Columns of numbers, besides an id that may be text or a whole number and text columns. */
QString problemInMetrics(const QJsonObject &metrics, const QString &where)
{
    for (auto it = metrics.constBegin(); it != metrics.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isNull())
            continue;
        if (it.key() == QLatin1String("AD_GROUP_ID")) {
            if (!value.isString() && !isWholeNumber(value))
                return QStringLiteral("\"AD_GROUP_ID\" %1 is %2, not an id").arg(where, described(value));
        } else if (it.key() == QLatin1String("DATE")) {
            if (!value.isString())
                return QStringLiteral("\"DATE\" %1 is %2, not a date").arg(where, described(value));
        } else if (!value.isDouble()) {
            return QStringLiteral("\"%1\" %2 is %3, not a number").arg(it.key(), where, described(value));
        }
    }
    return {};
}

} // namespace

QString problemInAnalyticsRow(const QJsonObject &row)
{
    const QJsonValue id = row.value(QLatin1String("AD_GROUP_ID"));
    if (id.isUndefined() || id.isNull())
        return QStringLiteral("a row has no \"AD_GROUP_ID\"");
    return problemInMetrics(row, QStringLiteral("of ad group %1").arg(id.isString() ? id.toString() : described(id)));
}

QString problemInTargetingAnalytics(const QJsonObject &answer)
{
    const QJsonValue data = answer.value(QLatin1String("data"));
    if (data.isUndefined() || data.isNull())
        return {};
    if (!data.isArray())
        return QStringLiteral("\"data\" is %1, not a list").arg(described(data));
    const QJsonArray rows = data.toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject())
            return QStringLiteral("entry %1 of \"data\" is %2, not an object").arg(i + 1).arg(described(rows.at(i)));
        const QJsonObject row = rows.at(i).toObject();
        const QJsonValue type = row.value(QLatin1String("targeting_type"));
        if (!type.isString())
            return QStringLiteral("\"targeting_type\" of entry %1 is %2, not text").arg(i + 1).arg(described(type));
        const QJsonValue metrics = row.value(QLatin1String("metrics"));
        if (metrics.isUndefined() || metrics.isNull())
            continue;
        if (!metrics.isObject())
            return QStringLiteral("\"metrics\" of entry %1 is %2, not an object").arg(i + 1).arg(described(metrics));
        const QString problem = problemInMetrics(metrics.toObject(), QStringLiteral("in entry %1").arg(i + 1));
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace pinstripe::answercheck
