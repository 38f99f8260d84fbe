# Messages of the fit work (en-US).

## Text taller than its pane: how much is hidden above or below.
fit-more-above = ^ { $count } more { $count ->
        [one] line
       *[other] lines
    } above
fit-more-below = v { $count } more { $count ->
        [one] line
       *[other] lines
    } below

## The countdown's pictures.
fit-span-days = of { $days } d
fit-span-hours = of { $hours } h
fit-axis-today = today
fit-countdown-legend = [##--] span used: empty = all of it left, full = due today; [!!] overdue
fit-countdown-help-title = What the bars and the axis show
fit-countdown-help-bar = [###---] span used: empty = the whole span left, full = due today
fit-countdown-help-span = Span after the bar: from its start date, else 30 days; SMS in hours
fit-countdown-help-axis = [!!!!] overdue. Axis: today (|) to the last date; marks = list numbers

## Review's per-step gauges.
fit-review-no-website = no website yet: how many answers is not known
fit-review-nothing-asked = no required answers here
