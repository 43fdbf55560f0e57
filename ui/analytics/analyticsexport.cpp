#include "ui/analytics/analyticsexport.h"

#include "ui/common/exportlanguage.h"
#include "core/store/csvwriter.h"
#include "ui/common/messagebox.h"
#include "ui/common/savefiledialog.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QMenu>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace pinstripe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pinstripe::AnalyticsExport", text);
}

const QString kFolderKey = QStringLiteral("analytics");
constexpr int kMargin = 8;

QFont titleFont(const QWidget *widget)
{
    QFont font = widget->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    return font;
}

int headingHeight(const QWidget *widget, const ExportHeading &heading)
{
    if (heading.title.isEmpty() && heading.details.isEmpty())
        return 0;
    return kMargin + QFontMetrics(titleFont(widget)).height() + QFontMetrics(widget->font()).height() + kMargin;
}

// The heading above the chart, then the chart itself.
void paint(QPainter &painter, QWidget *widget, const ExportHeading &heading)
{
    const int top = headingHeight(widget, heading);
    if (top > 0) {
        const int width = widget->width() - 2 * kMargin;
        const QFontMetrics titleMetrics(titleFont(widget));
        painter.setPen(Qt::black);
        painter.setFont(titleFont(widget));
        painter.drawText(QRect(kMargin, kMargin, width, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         titleMetrics.elidedText(heading.title, Qt::ElideRight, width));
        const QFontMetrics detailMetrics(widget->font());
        painter.setPen(QColor(0x40, 0x40, 0x40));
        painter.setFont(widget->font());
        painter.drawText(QRect(kMargin, kMargin + titleMetrics.height(), width, detailMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, detailMetrics.elidedText(heading.details, Qt::ElideRight, width));
    }
    widget->render(&painter, QPoint(0, top));
}

} // namespace

QImage AnalyticsExport::picture(QWidget *widget, const ExportHeading &heading)
{
    const qreal ratio = widget->devicePixelRatioF();
    const QSize size(widget->width(), widget->height() + headingHeight(widget, heading));
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, widget, heading);
    painter.end();
    // Kept in the file too, so the picture says what it is wherever it ends up.
    image.setText(QStringLiteral("Title"), heading.title);
    image.setText(QStringLiteral("Description"), heading.details);
    image.setText(QStringLiteral("Software"), QStringLiteral("Pinstripe"));
    return image;
}

bool AnalyticsExport::savePng(QWidget *widget, const QString &path, const ExportHeading &heading, QString *error)
{
    const QImage image = picture(widget, heading);
    if (image.isNull() || !image.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

bool AnalyticsExport::saveSvg(QWidget *widget, const QString &path, const ExportHeading &heading, QString *error)
{
    const QSize size(widget->width(), widget->height() + headingHeight(widget, heading));
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(heading.title);
    generator.setDescription(heading.details.isEmpty() ? tr("Exported from Pinstripe") : heading.details);
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    paint(painter, widget, heading);
    painter.end();
    return true;
}

bool AnalyticsExport::saveBytes(const QByteArray &bytes, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void AnalyticsExport::addActions(QMenu *menu, QWidget *chart, std::function<ExportHeading()> heading,
                                 std::function<QByteArray()> csv)
{
    auto report = [chart](bool ok, const QString &error) {
        if (!ok)
            MessageBox::warning(chart, tr("Export"), error);
    };
    QObject::connect(menu->addAction(tr("Export chart as PNG…")), &QAction::triggered, chart, [chart, heading, report] {
        const ExportHeading h = heading();
        const auto choice = SaveFileDialog::ask(chart, tr("Export chart"), h.fileStem, {{tr("PNG image"), QStringLiteral("png")}},
                                                kFolderKey);
        QString error;
        if (!choice.path.isEmpty())
            report(savePng(chart, choice.path, h, &error), error);
    });
    QObject::connect(menu->addAction(tr("Export chart as SVG…")), &QAction::triggered, chart, [chart, heading, report] {
        const ExportHeading h = heading();
        const auto choice = SaveFileDialog::ask(chart, tr("Export chart"), h.fileStem, {{tr("SVG image"), QStringLiteral("svg")}},
                                                kFolderKey);
        QString error;
        if (!choice.path.isEmpty())
            report(saveSvg(chart, choice.path, h, &error), error);
    });
    QObject::connect(menu->addAction(tr("Export data as CSV…")), &QAction::triggered, chart, [chart, heading, csv, report] {
        const auto choice = SaveFileDialog::ask(chart, tr("Export data"), heading().fileStem, {{tr("CSV file"), QStringLiteral("csv")}},
                                                kFolderKey);
        if (choice.path.isEmpty())
            return;
        QString error;
        const QByteArray bytes = [&csv]() -> QByteArray {
            const ExportLanguageScope language;
            return CsvWriter::byteOrderMark() + csv(); // Excel reads UTF-8 only with it
        }();
        report(saveBytes(bytes, choice.path, &error), error);
    });
}

} // namespace pinstripe
