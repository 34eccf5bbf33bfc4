# Latency percentiles of a bench/run report, two panels side by side.
# Arguments: the PNG to write, the data of each panel (a header row of titles, then one row per percentile in
# milliseconds), the title of each panel, and the title of the whole chart.
set terminal pngcairo size 1100,450 font "sans,10"
set output ARG1

set style data histograms
set style histogram clustered gap 1
set style fill solid 0.85 border -1
set boxwidth 0.9
set grid ytics
set yrange [0:*]
set ylabel "milliseconds"
set key below
# The same bottom margin in both panels, however their keys wrap.
set bmargin 4

set multiplot layout 1,2 title ARG6
set title ARG4
plot ARG2 using 2:xtic(1) title columnheader(2), "" using 3 title columnheader(3)
set title ARG5
plot ARG3 using 2:xtic(1) title columnheader(2), "" using 3 title columnheader(3)
unset multiplot
