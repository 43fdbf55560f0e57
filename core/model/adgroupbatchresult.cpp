#include "core/model/adgroupbatchresult.h"

#include "core/model/jsonfields.h"

namespace pinstripe {

namespace {
constexpr QLatin1String kData("data");
constexpr QLatin1String kExceptions("exceptions");
constexpr QLatin1String kItems("items");
} // namespace

AdGroupBatchItem AdGroupBatchItem::fromJson(const QJsonObject &json)
{
    AdGroupBatchItem item;
    json::ObjectReader r(json);
    const QJsonValue data = r.take(kData);
    if (data.isObject())
        item.data = AdGroup::fromJson(data.toObject());
    else if (data.isNull())
        item.dataWasNull = true;
    else if (!data.isUndefined())
        r.keepRaw(kData, data);

    const QJsonValue exceptions = r.take(kExceptions);
    item.hasExceptionsKey = !exceptions.isUndefined();
    if (item.hasExceptionsKey
        && !json::Codec<QList<ApiException>>::read(exceptions, item.exceptions)) {
        // Not a list of objects: keep it as sent and do not pretend to know the exceptions.
        item.exceptions.clear();
        item.hasExceptionsKey = false;
        r.keepRaw(kExceptions, exceptions);
    }
    item.unknownFields = r.unknownFields();
    return item;
}

QJsonObject AdGroupBatchItem::toJson() const
{
    QJsonObject o = unknownFields;
    if (data)
        o.insert(kData, data->toJson());
    else if (dataWasNull)
        o.insert(kData, QJsonValue(QJsonValue::Null));
    if (hasExceptionsKey || !exceptions.isEmpty())
        o.insert(kExceptions, json::Codec<QList<ApiException>>::write(exceptions));
    return o;
}

bool AdGroupBatchResult::succeeded(qsizetype index) const
{
    return index >= 0 && index < items.size() && items.at(index).succeeded();
}

bool AdGroupBatchResult::allSucceeded() const
{
    if (items.isEmpty())
        return false;
    for (const AdGroupBatchItem &item : items) {
        if (!item.succeeded())
            return false;
    }
    return true;
}

AdGroupBatchResult AdGroupBatchResult::fromJson(const QJsonObject &json)
{
    AdGroupBatchResult result;
    json::ObjectReader r(json);
    const QJsonValue items = r.take(kItems);
    result.hasItemsKey = !items.isUndefined();
    if (result.hasItemsKey && !json::Codec<QList<AdGroupBatchItem>>::read(items, result.items)) {
        result.items.clear();
        result.hasItemsKey = false;
        r.keepRaw(kItems, items);
    }
    result.unknownFields = r.unknownFields();
    return result;
}

QJsonObject AdGroupBatchResult::toJson() const
{
    QJsonObject o = unknownFields;
    if (hasItemsKey || !items.isEmpty())
        o.insert(kItems, json::Codec<QList<AdGroupBatchItem>>::write(items));
    return o;
}

} // namespace pinstripe
