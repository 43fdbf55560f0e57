#include "core/model/adgroupnullability.h"

#include <span>

namespace pinstripe::adgroupnullability {

namespace {

struct FieldNullability
{
    const char16_t *name;
    bool nullable;
};

#include "core/model/adgroupnullability.inc"

std::span<const FieldNullability> tableOf(AdGroupRequestKind kind)
{
    if (kind == AdGroupRequestKind::Create)
        return kCreateFields;
    return kUpdateFields;
}

const FieldNullability *find(const QString &key, AdGroupRequestKind kind)
{
    for (const FieldNullability &field : tableOf(kind)) {
        if (key == QStringView(field.name))
            return &field;
    }
    return nullptr;
}

} // namespace

bool isKnown(const QString &key, AdGroupRequestKind kind)
{
    return find(key, kind) != nullptr;
}

bool allowsNull(const QString &key, AdGroupRequestKind kind)
{
    const FieldNullability *field = find(key, kind);
    return !field || field->nullable;
}

QStringList notNullable(AdGroupRequestKind kind)
{
    QStringList names;
    for (const FieldNullability &field : tableOf(kind)) {
        if (!field.nullable)
            names << QString::fromUtf16(field.name);
    }
    return names;
}

QJsonObject withoutForbiddenNulls(QJsonObject body, AdGroupRequestKind kind)
{
    for (auto it = body.begin(); it != body.end();) {
        if (it.value().isNull() && !allowsNull(it.key(), kind))
            it = body.erase(it);
        else
            ++it;
    }
    return body;
}

QJsonObject withoutNullsInside(QJsonObject body)
{
    for (const QLatin1String key : {QLatin1String("targeting_spec"), QLatin1String("tracking_urls")}) {
        const auto member = body.find(key);
        if (member == body.end() || !member->isObject())
            continue;
        QJsonObject inner = member->toObject();
        bool changed = false;
        for (auto it = inner.begin(); it != inner.end();) {
            if (it->isNull()) {
                it = inner.erase(it);
                changed = true;
            } else {
                ++it;
            }
        }
        if (changed)
            *member = inner;
    }
    return body;
}

} // namespace pinstripe::adgroupnullability
