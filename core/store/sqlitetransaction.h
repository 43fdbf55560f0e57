#pragma once

#include <QSqlDatabase>
#include <QString>

namespace pinstripe {

/**
 * A write transaction on one connection that rolls back unless committed: leaving the scope
 * early (an error, an exception) never leaves half of a change in the file.
 *
 * It begins with `BEGIN IMMEDIATE`, taking the write lock at once (waiting up to the busy
 * timeout), so a commit never fails because another connection wrote in between.
 *
 * @code
 * SqliteTransaction transaction(db.connection());
 * if (!transaction.isActive() || !writeRows())
 *     return false;          // rolled back here
 * return transaction.commit();
 * @endcode
 */
class SqliteTransaction final
{
public:
    explicit SqliteTransaction(const QSqlDatabase &db);
    /** Rolls back when neither commit() nor rollback() was called. */
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    /** True between a successful begin and commit()/rollback(). */
    bool isActive() const { return m_active; }
    /** Makes the changes durable; false (and rolled back) when the commit failed. */
    bool commit();
    void rollback();
    /** Why the transaction did not begin or commit. */
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
    bool m_active = false;
};

} // namespace pinstripe
