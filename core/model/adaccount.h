#pragma once

#include "core/model/currency.h"
#include "core/model/field.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pinstripe {

/** `AdAccountOwner`: the user who owns an ad account. */
struct AdAccountOwner
{
    Field<QString> id;
    Field<QString> username;
    QJsonObject unknownFields;

    static AdAccountOwner fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const AdAccountOwner &, const AdAccountOwner &) = default;
};

/**
 * An ad account (`AdAccount`, API 5.23).
 *
 * Its currency is the currency of every micro-currency amount under it (bids, budgets, spend
 * caps, MICRO_DOLLAR report columns); Pinterest does not repeat it on ad groups or reports.
 */
struct AdAccount
{
    Field<QString> id;              ///< required
    Field<QString> name;
    Field<QString> country;         ///< ISO 3166-1 alpha-2; enums::countries()
    Field<Currency> currency;       ///< enums::currencyCodes()
    Field<AdAccountOwner> owner;    ///< read-only
    Field<QStringList> permissions; ///< read-only; enums::businessAccessRoles()
    Field<qint64> createdTime;      ///< `created_time`, Unix seconds, nullable, read-only
    Field<qint64> updatedTime;      ///< `updated_time`, Unix seconds, nullable, read-only
    QJsonObject unknownFields;

    /** The account currency, or Currency() ("UNK") when absent or null. */
    Currency currencyOrUnknown() const { return currency.valueOr(Currency()); }

    static AdAccount fromJson(const QJsonObject &json);
    QJsonObject toJson() const;
    friend bool operator==(const AdAccount &, const AdAccount &) = default;
};

} // namespace pinstripe
