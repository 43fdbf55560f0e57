#include "sandbox/writekeys.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace pinstripe::sandbox::writekeys {

namespace {

struct WriteKeys
{
    const char *body;
    const char *path;
    const char *keys;
};

#include "sandbox/writekeys.inc"

const char *bodyName(Body body)
{
    switch (body) {
    case Body::AdGroupCreate: return "ad_group_create";
    case Body::AdGroupUpdate: return "ad_group_update";
    case Body::BidFloor: return "bid_floor";
    case Body::AudienceSizing: return "audience_sizing";
    }
    return "";
}

QStringList lookup(const WriteKeys *begin, const WriteKeys *end, Body body, const QString &path, bool *found)
{
    const char *name = bodyName(body);
    for (const WriteKeys *row = begin; row != end; ++row) {
        if (qstrcmp(row->body, name) == 0 && path == QLatin1String(row->path)) {
            if (found)
                *found = true;
            return QString::fromLatin1(row->keys).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    if (found)
        *found = false;
    return {};
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString checkObject(Body body, const QString &path, const QString &shownPath, const QJsonObject &object)
{
    bool described = false;
    const QStringList keys = lookup(std::begin(kWriteKeys), std::end(kWriteKeys), body, path, &described);
    if (!described)
        return {};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QString shown = join(shownPath, key);
        if (!keys.contains(key)) {
            if (path.isEmpty() && readOnly(body).contains(key))
                return QStringLiteral("'%1' is read-only and cannot be sent").arg(shown);
            return QStringLiteral("'%1' is not a member of %2").arg(shown,
                shownPath.isEmpty() ? QStringLiteral("the request body") : shownPath);
        }
        const QString childPath = join(path, key);
        if (it.value().isObject()) {
            if (QString p = checkObject(body, childPath, shown, it.value().toObject()); !p.isEmpty())
                return p;
        } else if (it.value().isArray()) {
            const QJsonArray items = it.value().toArray();
            for (qsizetype i = 0; i < items.size(); ++i) {
                if (!items.at(i).isObject())
                    continue;
                const QString shownItem = QStringLiteral("%1[%2]").arg(shown).arg(i);
                if (QString p = checkObject(body, childPath + QLatin1String("[]"), shownItem, items.at(i).toObject());
                    !p.isEmpty())
                    return p;
            }
        }
    }
    return {};
}

} // namespace

QStringList allowed(Body body, const QString &path)
{
    return lookup(std::begin(kWriteKeys), std::end(kWriteKeys), body, path, nullptr);
}

QStringList readOnly(Body body)
{
    return lookup(std::begin(kReadOnlyKeys), std::end(kReadOnlyKeys), body, QString(), nullptr);
}

QString check(Body body, const QJsonValue &value)
{
    if (!value.isObject())
        return {};
    return checkObject(body, QString(), QString(), value.toObject());
}

} // namespace pinstripe::sandbox::writekeys
