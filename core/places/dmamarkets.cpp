#include "core/places/dmamarkets.h"

#include <algorithm>
#include <iterator>

namespace pinstripe {

namespace {

struct Entry
{
    int code;
    const char16_t *name;
};

// Nielsen's markets; a market whose name lists several cities joins them by en dashes, the
// parenthesised places are Nielsen's own secondary cities. Sorted by code (lookups bisect).
constexpr Entry kMarkets[] = {
    {500, u"Portland–Auburn, ME"},
    {501, u"New York, NY"},
    {502, u"Binghamton, NY"},
    {503, u"Macon, GA"},
    {504, u"Philadelphia, PA"},
    {505, u"Detroit, MI"},
    {506, u"Boston, MA–Manchester, NH"},
    {507, u"Savannah, GA"},
    {508, u"Pittsburgh, PA"},
    {509, u"Fort Wayne, IN"},
    {510, u"Cleveland–Akron (Canton), OH"},
    {511, u"Washington, DC (Hagerstown, MD)"},
    {512, u"Baltimore, MD"},
    {513, u"Flint–Saginaw–Bay City, MI"},
    {514, u"Buffalo, NY"},
    {515, u"Cincinnati, OH"},
    {516, u"Erie, PA"},
    {517, u"Charlotte, NC"},
    {518, u"Greensboro–High Point–Winston-Salem, NC"},
    {519, u"Charleston, SC"},
    {520, u"Augusta, GA–Aiken, SC"},
    {521, u"Providence, RI–New Bedford, MA"},
    {522, u"Columbus, GA (Opelika, AL)"},
    {523, u"Burlington, VT–Plattsburgh, NY"},
    {524, u"Atlanta, GA"},
    {525, u"Albany, GA"},
    {526, u"Utica, NY"},
    {527, u"Indianapolis, IN"},
    {528, u"Miami–Fort Lauderdale, FL"},
    {529, u"Louisville, KY"},
    {530, u"Tallahassee, FL–Thomasville, GA"},
    {531, u"Tri-Cities, TN–VA"},
    {532, u"Albany–Schenectady–Troy, NY"},
    {533, u"Hartford & New Haven, CT"},
    {534, u"Orlando–Daytona Beach–Melbourne, FL"},
    {535, u"Columbus, OH"},
    {536, u"Youngstown, OH"},
    {537, u"Bangor, ME"},
    {538, u"Rochester, NY"},
    {539, u"Tampa–St. Petersburg (Sarasota), FL"},
    {540, u"Traverse City–Cadillac, MI"},
    {541, u"Lexington, KY"},
    {542, u"Dayton, OH"},
    {543, u"Springfield–Holyoke, MA"},
    {544, u"Norfolk–Portsmouth–Newport News, VA"},
    {545, u"Greenville–New Bern–Washington, NC"},
    {546, u"Columbia, SC"},
    {547, u"Toledo, OH"},
    {548, u"West Palm Beach–Fort Pierce, FL"},
    {549, u"Watertown, NY"},
    {550, u"Wilmington, NC"},
    {551, u"Lansing, MI"},
    {552, u"Presque Isle, ME"},
    {553, u"Marquette, MI"},
    {554, u"Wheeling, WV–Steubenville, OH"},
    {555, u"Syracuse, NY"},
    {556, u"Richmond–Petersburg, VA"},
    {557, u"Knoxville, TN"},
    {558, u"Lima, OH"},
    {559, u"Bluefield–Beckley–Oak Hill, WV"},
    {560, u"Raleigh–Durham (Fayetteville), NC"},
    {561, u"Jacksonville, FL"},
    {563, u"Grand Rapids–Kalamazoo–Battle Creek, MI"},
    {564, u"Charleston–Huntington, WV"},
    {565, u"Elmira (Corning), NY"},
    {566, u"Harrisburg–Lancaster–Lebanon–York, PA"},
    {567, u"Greenville–Spartanburg, SC–Asheville, NC–Anderson, SC"},
    {569, u"Harrisonburg, VA"},
    {570, u"Myrtle Beach–Florence, SC"},
    {571, u"Fort Myers–Naples, FL"},
    {573, u"Roanoke–Lynchburg, VA"},
    {574, u"Johnstown–Altoona–State College, PA"},
    {575, u"Chattanooga, TN"},
    {576, u"Salisbury, MD"},
    {577, u"Wilkes-Barre–Scranton–Hazleton, PA"},
    {581, u"Terre Haute, IN"},
    {582, u"Lafayette, IN"},
    {583, u"Alpena, MI"},
    {584, u"Charlottesville, VA"},
    {588, u"South Bend–Elkhart, IN"},
    {592, u"Gainesville, FL"},
    {596, u"Zanesville, OH"},
    {597, u"Parkersburg, WV"},
    {598, u"Clarksburg–Weston, WV"},
    {600, u"Corpus Christi, TX"},
    {602, u"Chicago, IL"},
    {603, u"Joplin, MO–Pittsburg, KS"},
    {604, u"Columbia–Jefferson City, MO"},
    {605, u"Topeka, KS"},
    {606, u"Dothan, AL"},
    {609, u"St. Louis, MO"},
    {610, u"Rockford, IL"},
    {611, u"Rochester, MN–Mason City, IA–Austin, MN"},
    {612, u"Shreveport, LA"},
    {613, u"Minneapolis–St. Paul, MN"},
    {616, u"Kansas City, MO"},
    {617, u"Milwaukee, WI"},
    {618, u"Houston, TX"},
    {619, u"Springfield, MO"},
    {622, u"New Orleans, LA"},
    {623, u"Dallas–Fort Worth, TX"},
    {624, u"Sioux City, IA"},
    {625, u"Waco–Temple–Bryan, TX"},
    {626, u"Victoria, TX"},
    {627, u"Wichita Falls, TX & Lawton, OK"},
    {628, u"Monroe, LA–El Dorado, AR"},
    {630, u"Birmingham (Anniston & Tuscaloosa), AL"},
    {631, u"Ottumwa, IA–Kirksville, MO"},
    {632, u"Paducah, KY–Cape Girardeau, MO–Harrisburg, IL"},
    {633, u"Odessa–Midland, TX"},
    {634, u"Amarillo, TX"},
    {635, u"Austin, TX"},
    {636, u"Harlingen–Weslaco–Brownsville–McAllen, TX"},
    {637, u"Cedar Rapids–Waterloo–Iowa City & Dubuque, IA"},
    {638, u"St. Joseph, MO"},
    {639, u"Jackson, TN"},
    {640, u"Memphis, TN"},
    {641, u"San Antonio, TX"},
    {642, u"Lafayette, LA"},
    {643, u"Lake Charles, LA"},
    {644, u"Alexandria, LA"},
    {647, u"Greenwood–Greenville, MS"},
    {648, u"Champaign & Springfield–Decatur, IL"},
    {649, u"Evansville, IN"},
    {650, u"Oklahoma City, OK"},
    {651, u"Lubbock, TX"},
    {652, u"Omaha, NE"},
    {656, u"Panama City, FL"},
    {657, u"Sherman, TX–Ada, OK"},
    {658, u"Green Bay–Appleton, WI"},
    {659, u"Nashville, TN"},
    {661, u"San Angelo, TX"},
    {662, u"Abilene–Sweetwater, TX"},
    {669, u"Madison, WI"},
    {670, u"Fort Smith–Fayetteville–Springdale–Rogers, AR"},
    {671, u"Tulsa, OK"},
    {673, u"Columbus–Tupelo–West Point–Houston, MS"},
    {675, u"Peoria–Bloomington, IL"},
    {676, u"Duluth, MN–Superior, WI"},
    {678, u"Wichita–Hutchinson Plus, KS"},
    {679, u"Des Moines–Ames, IA"},
    {682, u"Davenport, IA–Rock Island–Moline, IL"},
    {686, u"Mobile, AL–Pensacola (Fort Walton Beach), FL"},
    {687, u"Minot–Bismarck–Dickinson (Williston), ND"},
    {691, u"Huntsville–Decatur (Florence), AL"},
    {692, u"Beaumont–Port Arthur, TX"},
    {693, u"Little Rock–Pine Bluff, AR"},
    {698, u"Montgomery–Selma, AL"},
    {702, u"La Crosse–Eau Claire, WI"},
    {705, u"Wausau–Rhinelander, WI"},
    {709, u"Tyler–Longview (Lufkin & Nacogdoches), TX"},
    {710, u"Hattiesburg–Laurel, MS"},
    {711, u"Meridian, MS"},
    {716, u"Baton Rouge, LA"},
    {717, u"Quincy, IL–Hannibal, MO–Keokuk, IA"},
    {718, u"Jackson, MS"},
    {722, u"Lincoln & Hastings–Kearney, NE"},
    {724, u"Fargo–Valley City, ND"},
    {725, u"Sioux Falls (Mitchell), SD"},
    {734, u"Jonesboro, AR"},
    {736, u"Bowling Green, KY"},
    {737, u"Mankato, MN"},
    {740, u"North Platte, NE"},
    {743, u"Anchorage, AK"},
    {744, u"Honolulu, HI"},
    {745, u"Fairbanks, AK"},
    {746, u"Biloxi–Gulfport, MS"},
    {747, u"Juneau, AK"},
    {749, u"Laredo, TX"},
    {751, u"Denver, CO"},
    {752, u"Colorado Springs–Pueblo, CO"},
    {753, u"Phoenix (Prescott), AZ"},
    {754, u"Butte–Bozeman, MT"},
    {755, u"Great Falls, MT"},
    {756, u"Billings, MT"},
    {757, u"Boise, ID"},
    {758, u"Idaho Falls–Pocatello, ID (Jackson, WY)"},
    {759, u"Cheyenne, WY–Scottsbluff, NE"},
    {760, u"Twin Falls, ID"},
    {762, u"Missoula, MT"},
    {764, u"Rapid City, SD"},
    {765, u"El Paso, TX (Las Cruces, NM)"},
    {766, u"Helena, MT"},
    {767, u"Casper–Riverton, WY"},
    {770, u"Salt Lake City, UT"},
    {771, u"Yuma, AZ–El Centro, CA"},
    {773, u"Grand Junction–Montrose, CO"},
    {789, u"Tucson (Sierra Vista), AZ"},
    {790, u"Albuquerque–Santa Fe, NM"},
    {798, u"Glendive, MT"},
    {800, u"Bakersfield, CA"},
    {801, u"Eugene, OR"},
    {802, u"Eureka, CA"},
    {803, u"Los Angeles, CA"},
    {804, u"Palm Springs, CA"},
    {807, u"San Francisco–Oakland–San Jose, CA"},
    {810, u"Yakima–Pasco–Richland–Kennewick, WA"},
    {811, u"Reno, NV"},
    {813, u"Medford–Klamath Falls, OR"},
    {819, u"Seattle–Tacoma, WA"},
    {820, u"Portland, OR"},
    {821, u"Bend, OR"},
    {825, u"San Diego, CA"},
    {828, u"Monterey–Salinas, CA"},
    {839, u"Las Vegas, NV"},
    {855, u"Santa Barbara–Santa Maria–San Luis Obispo, CA"},
    {862, u"Sacramento–Stockton–Modesto, CA"},
    {866, u"Fresno–Visalia, CA"},
    {868, u"Chico–Redding, CA"},
    {881, u"Spokane, WA"},
};

const Entry *find(const QString &code)
{
    if (code.size() != 3)
        return nullptr;
    bool ok = false;
    const int number = code.toInt(&ok);
    if (!ok || !code.at(0).isDigit()) // toInt() would take " 50" or "+50"
        return nullptr;
    const auto it = std::lower_bound(std::begin(kMarkets), std::end(kMarkets), number,
                                     [](const Entry &entry, int value) { return entry.code < value; });
    return it != std::end(kMarkets) && it->code == number ? it : nullptr;
}

} // namespace

QString DmaMarkets::name(const QString &code)
{
    const Entry *entry = find(code);
    return entry ? QString::fromUtf16(entry->name) : QString();
}

bool DmaMarkets::contains(const QString &code)
{
    return find(code) != nullptr;
}

QList<DmaMarket> DmaMarkets::all()
{
    QList<DmaMarket> markets;
    markets.reserve(static_cast<qsizetype>(std::size(kMarkets)));
    for (const Entry &entry : kMarkets)
        markets.append({QString::number(entry.code), QString::fromUtf16(entry.name)});
    return markets;
}

} // namespace pinstripe
