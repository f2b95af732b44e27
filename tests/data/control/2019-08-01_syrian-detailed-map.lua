-- A cut-down copy, written for the tests, of the layout of Wikipedia's
-- "Module:Syrian Civil War detailed map": the data table the module returns.
local mk = {
	gov = "Location dot red.svg",
	hts = "Map-dot-grey-68a.svg",
}
return {
	secondaryModules = {
		[[Module:Syrian and Iraqi insurgency detailed map]],
	},
	marks = {
		--[[ Idlib front ]]
		{ lat = "35.442", long = "36.651", mark = mk.gov, marksize = "8", label = "[[Khan Shaykhun]]", link = "Khan Shaykhun", label_size = 0 },
		{ lat = "35.9306", long = "36.6339", mark = mk.hts, marksize = "12", label = "[[Idlib|Idlib city]]", position = "right" },
		{ lat = 35.6483, long = 36.6769, mark = "Dot_green_0d0.svg", marksize = "9", label = "[[Maarat al-Numan]]" },
		{ lat = "35.6483", long = "36.6769", mark = "map-circle-red.svg", marksize = "14" }; -- besieged ring: decoration
		{ lat = "36.5281", long = "37.9549", mark = 'Dot yellow ff4.svg', marksize = "10", label = "[[Manbij]]<br/>''SDF''" },
		{ lat = "34.9100", long = "36.1000", mark = "Location dot blue.svg", marksize = "6", label = "[[Hezbollah]] checkpoint" },
		{ lat = "34.9200", long = "36.2000", mark = "Location dot blue.svg", marksize = "6", link = "Another post" },
		{ lat = "36.6", long = "91.0", mark = mk.gov, label = "[[Somewhere else]]" },
	},
	containerArgs = {
		'Syria',
		caption = [=[Control: [[File:Location dot red.svg|11px]] Government; [[File:Dot green 0d0.svg|11px]] rebels]=],
	},
}
