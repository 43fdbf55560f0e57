#pragma once

#include "sandbox/sandboxoptions.h"

#include <QJsonObject>
#include <QRandomGenerator64>
#include <QStringList>

namespace pinstripe::sandbox {

class DataStore;
struct AccountRecord;

/**
 * Fills a DataStore with a plausible, seeded demo world: ad accounts in USD, EUR and JPY
 * (then GBP, CAD, AUD…), campaigns with every objective (some with campaign budget
 * optimisation) and ad groups with realistic names, every status, per-currency budgets and
 * bids, schedules, bid strategies, full targeting specs and tracking URLs.
 * The same options always produce the same data.
 */
class DemoDataGenerator final
{
public:
    DemoDataGenerator(const SandboxOptions &options, qint64 nowSeconds);

    void populate(DataStore &store);

private:
    struct AccountProfile
    {
        QString name;
        QString currency;
        QString country;
        QString ownerName;
        QStringList permissions;
        QStringList themes;
    };
    static QList<AccountProfile> profiles();

    QJsonObject makeAccount(int index, const AccountProfile &profile);
    QJsonObject makeCampaign(int index, const AccountRecord &account, const AccountProfile &profile);
    QJsonObject makeAdGroup(int index, qint64 id, const AccountRecord &account, const AccountProfile &profile,
                            const QJsonObject &campaign);
    QJsonObject makeTargeting(const AccountRecord &account, const QString &objective, const QString &placement);

    double uniform() { return m_random.generateDouble(); }
    int below(int n) { return int(m_random.bounded(quint64(qMax(1, n)))); }
    bool chance(double p) { return uniform() < p; }
    template<typename List>
    auto pick(const List &list) { return list.at(below(int(list.size()))); }
    /** A random non-empty subset of @p all, in @p all's order. */
    QStringList subset(const QStringList &all, double keep);

    SandboxOptions m_options;
    qint64 m_now;
    QRandomGenerator64 m_random;
};

} // namespace pinstripe::sandbox
