#include "ui/adgroups/pasteblock.h"

#include "ui/adgroups/adgrouptablemodel.h"

#include <QSet>

namespace pinstripe {

QList<QStringList> PasteBlock::splitTsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;  // inside a quoted field
    bool started = false; // the current field has begun (a quote only opens one at its start)
    const auto endField = [&] {
        row << field;
        field.clear();
        started = false;
    };
    const auto endRow = [&] {
        endField();
        rows << row;
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !started) {
            quoted = true;
            started = true;
        } else if (c == u'\t') {
            endField();
        } else if (c == u'\n') {
            endRow();
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                endRow(); // a lone CR ends a line too (old Mac spreadsheets)
        } else {
            field += c;
            started = true;
        }
    }
    if (started || !field.isEmpty() || !row.isEmpty())
        endRow();
    return rows;
}

bool PasteBlock::isHeaderRow(const QStringList &row, const QStringList &titles)
{
    bool named = false;
    for (const QString &cell : row) {
        const QString text = cell.trimmed();
        if (text.isEmpty())
            continue;
        const bool isTitle = std::any_of(titles.cbegin(), titles.cend(), [&text](const QString &title) {
            return title.compare(text, Qt::CaseInsensitive) == 0;
        });
        if (!isTitle && !SheetFields::fromHeader(text))
            return false;
        named = true;
    }
    return named;
}

PasteBlock::Mapping PasteBlock::map(QList<QStringList> rows, const Target &target)
{
    Mapping mapping;
    int startColumn = target.column;
    // A header along with values (never a lone row: "Budget" may be a name someone pastes).
    if (rows.size() > 1 && isHeaderRow(rows.first(), target.columnTitles)) {
        const QString first = rows.first().value(0).trimmed();
        for (int c = 0; c < target.columnTitles.size(); ++c) {
            if (target.columnTitles.at(c).compare(first, Qt::CaseInsensitive) == 0) {
                startColumn = c;
                break;
            }
        }
        rows.removeFirst();
        mapping.headerSkipped = true;
    }
    mapping.rows = int(rows.size());
    if (rows.isEmpty())
        return mapping;

    // One value over several selected rows: that column of each of them.
    QList<int> targetRows;
    QList<QStringList> values = rows;
    if (rows.size() == 1 && rows.first().size() == 1 && target.selectedRows.size() > 1) {
        targetRows = target.selectedRows;
        std::sort(targetRows.begin(), targetRows.end());
        values = QList<QStringList>(targetRows.size(), rows.first());
    } else {
        for (int r = 0; r < rows.size(); ++r)
            targetRows << target.row + r;
    }

    int pastRows = 0;
    bool pastColumns = false;
    QStringList readOnly;
    for (int r = 0; r < values.size(); ++r) {
        const int tableRow = targetRows.at(r);
        if (tableRow < 0 || tableRow >= target.rowIds.size()) {
            ++pastRows;
            continue;
        }
        const QString &id = target.rowIds.at(tableRow);
        mapping.pastedRowOf.insert(id, values.size() == rows.size() ? r + 1 : 1);
        const QStringList &cells = values.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            const int tableColumn = startColumn + c;
            if (tableColumn >= target.columns.size()) {
                pastColumns = pastColumns || !cells.at(c).trimmed().isEmpty();
                continue;
            }
            const int column = target.columns.at(tableColumn);
            const std::optional<SheetField> field = AdGroupTableModel::editableField(column);
            if (!field) {
                const bool same = target.shownText && target.shownText(tableRow, tableColumn).trimmed() == cells.at(c).trimmed();
                if (!same && !readOnly.contains(target.columnTitles.at(tableColumn)))
                    readOnly << target.columnTitles.at(tableColumn);
                continue;
            }
            mapping.edits << CellEdit{id, *field, cells.at(c)};
        }
    }
    if (!readOnly.isEmpty())
        mapping.notes << tr("%1 cannot be edited in the table; those pasted values were left out.")
                             .arg(readOnly.join(QStringLiteral(", ")));
    if (pastRows > 0)
        mapping.notes << tr("%n pasted row(s) went past the last ad group shown and were left out.", nullptr, pastRows);
    if (pastColumns)
        mapping.notes << tr("Pasted columns past the last column shown were left out.");
    return mapping;
}

} // namespace pinstripe
