#pragma once

#include "sandbox/httpmessage.h"

#include <QDate>
#include <QSet>
#include <QStringList>

namespace pinstripe::sandbox {

/**
 * Typed, validating access to a request's query parameters in the spec's styles: id
 * filters and entity_statuses as repeated keys, columns/targeting_types/attribution_types
 * comma-separated. The first problem found is kept in error(); getters return defaults after it.
 */
class QueryParams final
{
public:
    explicit QueryParams(const HttpRequest &request);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool has(const char *key) const;

    /** Repeated id parameter: each ^\d+$ and at most 18 digits, at most @p maxItems. */
    QStringList ids(const char *key, bool required, int maxItems = 250);
    /** Repeated enum parameter; @p fallback when absent. */
    QStringList repeatedEnum(const char *key, const QStringList &allowed, const QStringList &fallback);
    /** Comma-separated enum parameter. */
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

    QUrlQuery m_query;
    QString m_error;
};

} // namespace pinstripe::sandbox
