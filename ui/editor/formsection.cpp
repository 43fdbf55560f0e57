#include "ui/editor/formsection.h"
#include "ui/common/theme.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLabel>

namespace pinstripe {

namespace {

/** Item data of the "(mixed)" combo entry: a value no wire field has. */
const QString kMixedMarker = QStringLiteral("\x01mixed");

} // namespace

FormSection::FormSection(QWidget *parent)
    : QWidget(parent)
{
}

FormSection::~FormSection() = default;

void FormSection::load(const QList<AdGroup> &adGroups, bool creating)
{
    m_creating = creating;
    m_writeAll = creating && adGroups.size() <= 1;
    m_touched.clear();
    m_draftLocked = false;
    m_lockedStatus.clear();
    if (!creating) {
        for (const AdGroup &adGroup : adGroups) {
            if (adGroup.status.valueOr({}) != QLatin1String("DRAFT")) {
                m_draftLocked = true;
                m_lockedStatus = adGroup.status.valueOr(tr("unknown"));
                break;
            }
        }
    }
    m_loading = true;
    loadValues(adGroups);
    m_loading = false;
    showProblems({});
}

QString FormSection::draftOnlyReason() const
{
    return tr("Only DRAFT ad groups can change this (the ad group is %1).").arg(m_lockedStatus);
}

void FormSection::touch(const QString &field)
{
    if (m_loading)
        return;
    m_touched.insert(field);
    Q_EMIT edited();
}

QLabel *FormSection::problemLabel(const QStringList &fields)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("problem_") + fields.constFirst());
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(problemStyleSheet());
    label->setAccessibleName(tr("Problems"));
    label->hide();
    for (const QString &field : fields)
        m_labels.insert(field, label);
    m_labelList.append({fields, label});
    return label;
}

void FormSection::showProblems(const QList<FieldProblem> &problems)
{
    for (const auto &[fieldList, label] : std::as_const(m_labelList)) {
        QStringList messages;
        for (const FieldProblem &problem : problems) {
            if (fieldList.contains(problem.field) && !messages.contains(problem.message))
                messages << problem.message;
        }
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(!messages.isEmpty());
    }
}

QStringList FormSection::shownProblems() const
{
    QStringList result;
    for (const auto &entry : m_labelList) {
        if (!entry.second->text().isEmpty())
            result << entry.second->text().split(QLatin1Char('\n'));
    }
    return result;
}

bool FormSection::isMixed(const QList<AdGroup> &adGroups, const QString &field)
{
    if (adGroups.size() < 2)
        return false;
    const QJsonValue first = adGroups.constFirst().toJson().value(field);
    for (qsizetype i = 1; i < adGroups.size(); ++i) {
        if (adGroups.at(i).toJson().value(field) != first)
            return true;
    }
    return false;
}

void FormSection::fillCombo(QComboBox *combo, const QList<std::pair<QString, QString>> &items)
{
    combo->clear();
    for (const auto &[value, label] : items)
        combo->addItem(label, value);
}

void FormSection::setComboValue(QComboBox *combo, const Field<QString> &value, bool mixed)
{
    const int mixedIndex = combo->findData(kMixedMarker);
    if (mixedIndex >= 0)
        combo->removeItem(mixedIndex);
    if (mixed) {
        combo->insertItem(0, tr("(mixed)"), kMixedMarker);
        combo->setCurrentIndex(0);
        return;
    }
    const QString wire = value.valueOr({});
    int index = combo->findData(wire);
    if (index < 0) {
        // A value this version does not offer (or "not set" where the list has no such entry).
        combo->addItem(wire.isEmpty() ? tr("(not set)") : wire, wire);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

std::optional<QString> FormSection::comboValue(const QComboBox *combo, bool *isMixed)
{
    const QString data = combo->currentData().toString();
    if (isMixed)
        *isMixed = data == kMixedMarker;
    if (data.isEmpty() || data == kMixedMarker)
        return std::nullopt;
    return data;
}

} // namespace pinstripe
