#include "core/store/sqlitetransaction.h"

#include "core/logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace pinstripe {

SqliteTransaction::SqliteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    if (!m_db.isOpen()) {
        m_error = QStringLiteral("the database is not open");
        return;
    }
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_error = query.lastError().text();
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active)
        rollback();
}

bool SqliteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("COMMIT"))) {
        m_active = false;
        return true;
    }
    m_error = query.lastError().text();
    qCWarning(lcStore) << "commit failed:" << m_error;
    rollback();
    return false;
}

void SqliteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStore) << "rollback failed:" << query.lastError().text();
}

} // namespace pinstripe
