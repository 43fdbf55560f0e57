#pragma once

#include "sandbox/httpmessage.h"

#include <QDate>
#include <QSet>
#include <QStringList>

namespace pinstripe::sandbox {

/**
 * Typed, validating access to a request's query parameters. The spec sends id filters and
 * entity_statuses as repeated keys and columns/targeting_types/attribution_types
 * comma-separated; like Pinterest, every array parameter takes both forms and mixes of them
 * (`ad_group_ids=1,2&ad_group_ids=3`). The first problem found is kept in error(); getters
 * return defaults after it.
 */
class QueryParams final
{
public:
    explicit QueryParams(const HttpRequest &request);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool has(const char *key) const;

    /** Id array parameter: each ^\d+$ and at most 18 digits, at most @p maxItems. */
    QStringList ids(const char *key, bool required, int maxItems = 250);
    /** Enum array parameter (repeated keys in the spec); @p fallback when absent. */
    QStringList repeatedEnum(const char *key, const QStringList &allowed, const QStringList &fallback);
    /** Enum array parameter (comma-separated in the spec); empty pieces are skipped. */
    QStringList csvEnum(const char *key, const QSet<QString> &allowed, bool required, int maxItems);
    QString enumValue(const char *key, const QStringList &allowed, const QString &fallback, bool required = false);
    int integer(const char *key, int fallback, int min, int max);
    int integerOneOf(const char *key, int fallback, const QList<int> &allowed);
    bool boolean(const char *key, bool fallback);
    /** A required YYYY-MM-DD date. */
    QDate date(const char *key);
    QString string(const char *key) const;

    /** ^\d+$ and at most 18 characters: the spec's id pattern. */
    static bool isValidId(const QString &id);

private:
    void fail(const QString &message);
    QStringList values(const char *key) const;
    /** Every value of @p key, each split at commas: repeated keys and comma lists alike. */
    QStringList items(const char *key, Qt::SplitBehavior behavior) const;

    QUrlQuery m_query;
    QString m_error;
};

} // namespace pinstripe::sandbox
