#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace pinstripe::sandbox {

struct AccountRecord;

/**
 * Checks one item of an ad-group create or update batch against the spec's field types and
 * enums and Pinterest's business rules, and produces the resulting AdGroupResponse object.
 * A failed item yields a per-item exception (code + message naming the problem).
 */
class AdGroupValidator final
{
public:
    /** Per-item exception codes. */
    enum Code { InvalidParameter = 1, NotFound = 2 };

    struct Outcome
    {
        QJsonObject adGroup; ///< the ad group after the change (valid only if ok())
        int code = 0;
        QString message;
        bool ok() const { return message.isEmpty(); }
    };

    AdGroupValidator(const AccountRecord &account, qint64 now);

    /** A new ad group from @p item; the caller assigns "id". */
    Outcome create(const QJsonValue &item) const;
    /** The stored ad group named by @p item's "id" with the fields @p item sends applied. */
    Outcome update(const QJsonValue &item) const;

    /** Validates a TargetingSpec object; returns the problem or an empty string. */
    static QString checkTargetingSpec(const QJsonValue &spec);

private:
    QString checkFields(const QJsonObject &item, bool create) const;
    QString checkRules(const QJsonObject &adGroup, const QJsonObject *before, const QJsonObject &campaign,
                       bool create) const;
    static QString checkTrackingUrls(const QJsonValue &urls);
    static Outcome failure(int code, const QString &message);

    const AccountRecord &m_account;
    qint64 m_now;
};

} // namespace pinstripe::sandbox
