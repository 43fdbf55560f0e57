#include "ui/common/tableclipboard.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSet>
#include <QTableView>

#include <algorithm>

namespace pinstripe {

namespace {

QString tsvField(const QString &text)
{
    // Excel's own rule for text it puts on the clipboard: quote only what would break the grid.
    if (!text.contains(QLatin1Char('\t')) && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'))
        && !text.startsWith(QLatin1Char('"')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/** Digits only and too long for a spreadsheet's numbers to keep exactly: an id. */
bool looksLikeId(const QString &text)
{
    if (text.size() < 12)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

TableClipboard::Block TableClipboard::selectedBlock(const QTableView *view)
{
    Block block;
    const QAbstractItemModel *model = view->model();
    if (!model)
        return block;
    QModelIndexList indexes = view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty() && view->currentIndex().isValid())
        indexes << view->currentIndex();
    QSet<int> rowSet;
    QSet<int> columnSet;
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (view->isColumnHidden(index.column()))
            continue;
        rowSet.insert(index.row());
        columnSet.insert(index.column());
    }
    QList<int> rows(rowSet.cbegin(), rowSet.cend());
    std::sort(rows.begin(), rows.end());
    QList<int> columns(columnSet.cbegin(), columnSet.cend());
    const QHeaderView *header = view->horizontalHeader();
    std::sort(columns.begin(), columns.end(), [header](int a, int b) { return header->visualIndex(a) < header->visualIndex(b); });
    for (int column : std::as_const(columns))
        block.titles << model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    block.rows.reserve(rows.size());
    for (int row : std::as_const(rows)) {
        QStringList cells;
        cells.reserve(columns.size());
        for (int column : std::as_const(columns))
            cells << model->index(row, column).data(Qt::DisplayRole).toString();
        block.rows << cells;
    }
    return block;
}

QString TableClipboard::toTsv(const Block &block)
{
    QStringList lines;
    lines.reserve(block.rows.size() + 1);
    const auto line = [](const QStringList &fields) {
        QStringList out;
        out.reserve(fields.size());
        for (const QString &field : fields)
            out << tsvField(field);
        return out.join(QLatin1Char('\t'));
    };
    lines << line(block.titles);
    for (const QStringList &row : block.rows)
        lines << line(row);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString TableClipboard::toHtml(const Block &block)
{
    QString html = QStringLiteral("<table>\n<thead><tr>");
    for (const QString &title : block.titles)
        html += QStringLiteral("<th>") + title.toHtmlEscaped() + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList &row : block.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row) {
            // mso-number-format:"\@" is how Excel and LibreOffice learn that a cell is text.
            html += looksLikeId(cell) ? QStringLiteral("<td style=\"mso-number-format:'\\@'\">") : QStringLiteral("<td>");
            html += cell.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")) + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</tbody>\n</table>\n");
    return html;
}

QMimeData *TableClipboard::toMimeData(const Block &block)
{
    auto *data = new QMimeData;
    data->setText(toTsv(block));
    data->setHtml(toHtml(block));
    return data;
}

} // namespace pinstripe
