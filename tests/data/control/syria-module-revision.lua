-- Saved from Module:Syrian Civil War detailed map, revision 912345678 of 2019-09-01 (test copy)
-- The date above is the marks' as_of, since the file name has none.
local p = {}
p.marks = {
	{ lat = "35.4585", long = "36.7482", mark = "Location dot red.svg", label = "[[Al-Tamanah]]" },
}
return p
