#include "ui/targeting/locationeditor.h"

#include "core/model/enums.h"
#include "core/places/placenames.h"
#include "ui/adgroups/targetingdescriber.h"

#include <QCollator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pinstripe {

namespace {
constexpr int kCodeRole = Qt::UserRole + 1;
} // namespace

LocationEditor::LocationEditor(QWidget *parent)
    : TargetingKeyEditor(parent)
{
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("countryFilter"));
    m_filter->setPlaceholderText(tr("Filter countries by name or code"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter countries"));
    m_filter->setToolTip(tr("Type part of a country's name or its two-letter code."));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("countryList"));
    m_list->setAccessibleName(tr("Countries"));
    m_list->setToolTip(tr("Check the countries to reach (LOCATION). Space toggles the current one."));
    m_list->setMinimumHeight(120);
    QStringList codes = enums::countries();
    QCollator collator;
    std::sort(codes.begin(), codes.end(), [&collator](const QString &a, const QString &b) {
        return collator.compare(TargetingDescriber::locationName(a), TargetingDescriber::locationName(b)) < 0;
    });
    for (const QString &code : std::as_const(codes))
        addCountryItem(code);

    m_chosen = new QLabel(this);
    m_chosen->setObjectName(QStringLiteral("chosenCountries"));
    m_chosen->setWordWrap(true);

    m_dmas = new QLineEdit(this);
    m_dmas->setObjectName(QStringLiteral("dmaCodes"));
    m_dmas->setPlaceholderText(tr("e.g. 501, 807"));
    m_dmas->setAccessibleName(tr("US DMA codes"));
    m_dmas->setToolTip(tr("US Nielsen DMA (metro area) codes, three digits each, separated by commas."));
    m_dmaNames = new QLabel(this); // the markets the codes stand for: "New York, NY (501)"
    m_dmaNames->setObjectName(QStringLiteral("dmaNames"));
    m_dmaNames->setWordWrap(true);

    m_geo = new QLineEdit(this);
    m_geo->setObjectName(QStringLiteral("geoCodes"));
    m_geo->setPlaceholderText(tr("e.g. BE-VOV, US-CA  or  US:94107"));
    m_geo->setAccessibleName(tr("Regions or postal codes"));
    m_geo->setToolTip(tr("GEO: region codes (country-region, e.g. BE-VOV) or postal codes (country:code, "
                         "e.g. US:94107), not both kinds. Separate them with commas."));
    m_geoNames = new QLabel(this);
    m_geoNames->setObjectName(QStringLiteral("geoNames"));
    m_geoNames->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("US &DMAs:"), m_dmas);
    form->addRow(QString(), m_dmaNames);
    form->addRow(tr("&Regions or postal codes:"), m_geo);
    form->addRow(QString(), m_geoNames);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_chosen);
    layout->addLayout(form);
    layout->addWidget(problemLabel());

    connect(m_filter, &QLineEdit::textChanged, this, &LocationEditor::applyFilter);
    connect(m_list, &QListWidget::itemChanged, this, &LocationEditor::onItemChanged);
    connect(m_dmas, &QLineEdit::textChanged, this, [this] {
        updateSummaries();
        notifyChanged();
    });
    connect(m_geo, &QLineEdit::textChanged, this, [this] {
        updateSummaries();
        notifyChanged();
    });
    updateSummaries();
}

LocationEditor::~LocationEditor() = default;

QStringList LocationEditor::keys() const
{
    return {QStringLiteral("LOCATION"), QStringLiteral("GEO")};
}

QListWidgetItem *LocationEditor::addCountryItem(const QString &code)
{
    const QString name = TargetingDescriber::locationName(code);
    auto *item = new QListWidgetItem(name == code ? code : tr("%1 (%2)").arg(name, code), m_list);
    item->setData(kCodeRole, code);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

QListWidgetItem *LocationEditor::countryItem(const QString &code) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(kCodeRole).toString() == code)
            return m_list->item(row);
    }
    return nullptr;
}

void LocationEditor::onItemChanged(QListWidgetItem *item)
{
    const QString code = item->data(kCodeRole).toString();
    const bool checked = item->checkState() == Qt::Checked;
    if (checked && !m_chosenCountries.contains(code))
        m_chosenCountries << code;
    else if (!checked)
        m_chosenCountries.removeAll(code);
    updateSummaries();
    notifyChanged();
}

void LocationEditor::setCountries(const QStringList &codes)
{
    {
        const QSignalBlocker blocker(m_list);
        for (const QString &code : codes) {
            if (!countryItem(code)) // a code this version does not know is shown, not dropped
                addCountryItem(code);
        }
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setCheckState(codes.contains(item->data(kCodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_chosenCountries = codes;
    m_chosenCountries.removeDuplicates();
    applyFilter();
    if (!m_chosenCountries.isEmpty()) // a loaded spec's first country is in view, not below Afghanistan
        m_list->scrollToItem(countryItem(m_chosenCountries.constFirst()));
    updateSummaries();
    notifyChanged();
}

void LocationEditor::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

void LocationEditor::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

QStringList LocationEditor::dmaCodes() const
{
    return splitCodes(m_dmas->text());
}

void LocationEditor::setDmaCodes(const QStringList &codes)
{
    m_dmas->setText(codes.join(QLatin1String(", ")));
}

QStringList LocationEditor::geoCodes() const
{
    return splitEntries(m_geo->text());
}

void LocationEditor::setGeoCodes(const QStringList &codes)
{
    m_geo->setText(codes.join(QLatin1String(", ")));
}

void LocationEditor::updateSummaries()
{
    QStringList names;
    for (const QString &code : std::as_const(m_chosenCountries))
        names << TargetingDescriber::locationName(code);
    m_chosen->setText(names.isEmpty() ? tr("No country chosen.") : tr("Chosen: %1").arg(names.join(QLatin1String(", "))));
    QStringList dmaNames;
    for (const QString &code : dmaCodes()) {
        if (isDigits(code) && code.size() == 3)
            dmaNames << TargetingDescriber::locationName(code);
    }
    m_dmaNames->setText(dmaNames.join(QLatin1String("; ")));
    m_dmaNames->setVisible(!dmaNames.isEmpty());
    QStringList geoNames;
    for (const QString &code : geoCodes()) {
        if (geoProblem(code).isEmpty()) // postal codes written with ':' (as the API sends them) or '-'
            geoNames << TargetingDescriber::geoName(code);
    }
    m_geoNames->setText(geoNames.join(QLatin1String("; ")));
    m_geoNames->setVisible(!geoNames.isEmpty());
}

QStringList LocationEditor::locationValues() const
{
    return m_chosenCountries + dmaCodes();
}

bool LocationEditor::isPostalCode(const QString &geo)
{
    return PlaceNames::isPostalCode(geo);
}

QString LocationEditor::geoProblem(const QString &geo)
{
    if (geo.size() < 4 || (geo.at(2) != QLatin1Char('-') && geo.at(2) != QLatin1Char(':'))
        || !enums::isCountry(geo.left(2)))
        return tr("\"%1\" is not a region (BE-VOV) or postal code (US:94107).").arg(geo);
    return {};
}

void LocationEditor::load(const TargetingSpec &spec)
{
    const Loading loading(this);
    m_loadedLocation = spec.location;
    m_loadedGeo = spec.geo;
    QStringList countries;
    QStringList dmas;
    for (const QString &code : m_loadedLocation.valueOr({}))
        (isDigits(code) ? dmas : countries) << code;
    setCountries(countries);
    setDmaCodes(dmas);
    setGeoCodes(m_loadedGeo.valueOr({}));
    m_loadedLocationView = locationValues();
    m_loadedGeoView = geoCodes();
}

void LocationEditor::store(TargetingSpec &spec) const
{
    // Compared as sets: splitting LOCATION into countries and DMAs may reorder it.
    QStringList current = locationValues();
    QStringList loadedView = m_loadedLocationView;
    std::sort(current.begin(), current.end());
    std::sort(loadedView.begin(), loadedView.end());
    spec.location = current == loadedView ? m_loadedLocation : keptOrEdited({}, {}, locationValues());
    spec.geo = keptOrEdited(m_loadedGeo, m_loadedGeoView, geoCodes());
}

QStringList LocationEditor::problems() const
{
    QStringList list;
    const QStringList geo = geoCodes();
    if (locationValues().isEmpty() && geo.isEmpty())
        list << tr("Choose at least one country, DMA, region or postal code.");
    for (const QString &code : m_chosenCountries) {
        if (!enums::isCountry(code))
            list << tr("\"%1\" is not a country code.").arg(code);
    }
    for (const QString &code : dmaCodes()) {
        if (!isDigits(code) || code.size() != 3)
            list << tr("\"%1\" is not a DMA code (three digits, e.g. 807).").arg(code);
    }
    QString region;
    QString postal;
    for (const QString &code : geo) {
        const QString problem = geoProblem(code);
        if (!problem.isEmpty())
            list << problem;
        else if (isPostalCode(code))
            postal = postal.isEmpty() ? code : postal;
        else
            region = region.isEmpty() ? code : region;
    }
    if (!region.isEmpty() && !postal.isEmpty())
        list << tr("Use either regions or postal codes, not both (e.g. %1 and %2).").arg(region, postal);
    return list;
}

} // namespace pinstripe
