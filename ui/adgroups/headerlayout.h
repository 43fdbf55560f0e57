#pragma once

#include <QByteArray>
#include <QHash>

#include <optional>

class QTableView;

namespace pinstripe {

/**
 * A table's column layout (order, widths, hidden columns, sort) by logical column, kept
 * apart from QHeaderView's own state: that state is lost on every model reset and cannot be
 * restored once the number of columns differs (the stats columns come and go with the
 * connection). Columns the table does not have right now keep their entries, so they come
 * back as they were.
 */
struct HeaderLayout
{
    struct Column
    {
        int visual = -1;
        int width = 0;
        bool hidden = false;
        friend bool operator==(const Column &, const Column &) = default;
    };

    QHash<int, Column> columns; ///< by logical index
    int sortColumn = -1;
    bool descending = false;

    /** The layout @p table shows now, on top of this one (columns it lacks are kept). */
    void capture(const QTableView &table);
    /** Shows the layout in @p table as far as its columns allow; true if anything was known. */
    bool apply(QTableView &table) const;

    QByteArray toJson() const;
    static std::optional<HeaderLayout> fromJson(const QByteArray &json);

    friend bool operator==(const HeaderLayout &, const HeaderLayout &) = default;
};

} // namespace pinstripe
