"""The world's countries, by the names English-language news gives them.

The event record's ``country`` must be a country: the place the articles say contains the
event's place is as often a city ("Soldier Field in Chicago", "the US Embassy in Baghdad") as
a country ("Ain al-Asad air base in western Iraq"), and only a list can tell them apart offline.
It holds the UN's member and observer states, Taiwan and Kosovo, the United Kingdom's four
nations, and the short and older forms news uses ("Britain", "Burma", "Ivory Coast").
"Georgia" is left out: in US news it is far more often the state.
"""

from __future__ import annotations

__all__ = ["COUNTRIES", "WORLD_REGIONS"]

_NAMES = """
Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|
Austria|Azerbaijan|Bahamas|The Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|
Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Bosnia|Botswana|Brazil|Brunei|Bulgaria|
Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Cabo Verde|
Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Republic of Congo|
Republic of the Congo|Democratic Republic of Congo|Democratic Republic of the Congo|
Costa Rica|Ivory Coast|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Djibouti|Dominica|
Dominican Republic|East Timor|Timor-Leste|Ecuador|Egypt|El Salvador|Equatorial Guinea|
Eritrea|Estonia|Eswatini|Swaziland|Ethiopia|Fiji|Finland|France|Gabon|Gambia|The Gambia|
Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|
Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|
Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|
Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|
Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|
Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|The Netherlands|New Zealand|
Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|
Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|The Philippines|Poland|Portugal|
Qatar|Romania|Russia|Rwanda|Saint Kitts and Nevis|Saint Lucia|
Saint Vincent and the Grenadines|Samoa|San Marino|Sao Tome and Principe|Saudi Arabia|
Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|
South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|
Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|
Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|England|Scotland|
Wales|Northern Ireland|United States|Uruguay|Uzbekistan|Vanuatu|Vatican City|Vatican|
Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Soviet Union|Britain|Great Britain|Burma|Czechia
"""
#: Every country's name as written above (the entity list's `SYNONYMS` turn most other forms,
#: "U.S." or "America", into one of these).
COUNTRIES = frozenset(name.strip() for name in _NAMES.split("|") if name.strip())

#: Regions wider than a country ("the Middle East country", "Gulf carriers"): vaguer still
#: as an event's place.
WORLD_REGIONS = frozenset(
    """Africa|North Africa|West Africa|East Africa|Southern Africa|Central Africa|
Sub-Saharan Africa|Horn of Africa|Sahel|Asia|Central Asia|East Asia|South Asia|
Southeast Asia|Asia-Pacific|Asia Pacific|Eurasia|Europe|Western Europe|Eastern Europe|
Central Europe|Northern Europe|Southern Europe|Scandinavia|Balkans|Baltics|Caucasus|
Middle East|Near East|Levant|Arabian Peninsula|Gulf|Persian Gulf|Arab world|Maghreb|
North America|Central America|South America|Latin America|Caribbean|Oceania|Pacific|
Atlantic|Arctic|Antarctica|Mediterranean|West|Western world""".replace("\n", "").split("|")
)
