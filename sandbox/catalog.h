#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

/**
 * Fixed reference data of the demo world: interests with their ids, US DMA codes, regions,
 * keywords and audience lists. Shared by the data generator, targeting analytics and
 * audience sizing so they agree with each other.
 */
namespace pinstripe::sandbox::catalog {

struct Interest
{
    QString id;
    QString name;
};

const QList<Interest> &interests();
/** The interest's name, or the id itself if unknown. */
QString interestName(const QString &id);

/** US Nielsen DMA codes with their market names. */
const QList<QPair<QString, QString>> &usDmas();
/** Region codes ("US-CA") of @p country; a few per country, or "<country>-01".. if unknown. */
QStringList regionsOf(const QString &country);
/** Postal-code GEO values ("US:94102") of @p country. */
QStringList postalCodesOf(const QString &country);
/** Search keywords that fit an ad-group theme. */
QStringList keywordsFor(const QString &theme);
/** Monthly active pinners reachable in @p country (rough, for audience sizing). */
qint64 monthlyPinners(const QString &country);
/** The language usually targeted in @p country (ISO 639-1). */
QString localeOf(const QString &country);

} // namespace pinstripe::sandbox::catalog
