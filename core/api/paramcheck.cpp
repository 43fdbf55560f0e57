#include "core/api/paramcheck.h"

#include <QCoreApplication>

namespace pinstripe::paramcheck {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("pinstripe::paramcheck", text, disambiguation, n);
}

} // namespace

bool isId(const QString &id)
{
    if (id.isEmpty() || id.size() > 18)
        return false;
    for (QChar c : id) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString checkId(const QString &name, const QString &id)
{
    if (isId(id))
        return {};
    return tr("%1 \"%2\" is not a valid Pinterest id (up to 18 digits).").arg(name, id);
}

QString checkIds(const QString &name, const QStringList &ids, int maxItems, bool required)
{
    if (required && ids.isEmpty())
        return tr("%1: at least one id is required.").arg(name);
    if (ids.size() > maxItems)
        return tr("%1: at most %2 ids per request (got %3).").arg(name).arg(maxItems).arg(ids.size());
    for (const QString &id : ids) {
        if (!isId(id))
            return checkId(name, id);
    }
    return {};
}

QString checkPageSize(int pageSize)
{
    if (pageSize >= 1 && pageSize <= 250)
        return {};
    return tr("page_size must be between 1 and 250 (got %1).").arg(pageSize);
}

QString checkEnum(const QString &name, const QString &value, const QStringList &allowed)
{
    if (allowed.contains(value))
        return {};
    return tr("%1 \"%2\" is not one of: %3.").arg(name, value, allowed.join(QLatin1String(", ")));
}

QString checkEnums(const QString &name, const QStringList &values, const QStringList &allowed, int maxItems)
{
    if (maxItems > 0 && values.size() > maxItems)
        return tr("%1: at most %n value(s) (got %2).", nullptr, int(maxItems)).arg(name).arg(values.size());
    for (const QString &value : values) {
        const QString problem = checkEnum(name, value, allowed);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString checkPaging(int pageSize, const QString &order)
{
    if (const QString problem = checkPageSize(pageSize); !problem.isEmpty())
        return problem;
    if (order.isEmpty())
        return {};
    return checkEnum(QStringLiteral("order"), order, {QStringLiteral("ASCENDING"), QStringLiteral("DESCENDING")});
}

QString checkBatchSize(const QString &what, qsizetype count)
{
    if (count >= 1 && count <= 30)
        return {};
    return tr("%1: between 1 and 30 ad groups per request (got %2).").arg(what).arg(count);
}

QString firstProblem(std::initializer_list<QString> checks)
{
    for (const QString &problem : checks) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace pinstripe::paramcheck
