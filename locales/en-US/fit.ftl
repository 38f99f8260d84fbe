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
fit-countdown-help-bar = A bar fills as its due date nears: empty with the whole span left, full on the day it is due.
fit-countdown-help-span = The span is given after the bar: from the date it started (a registration, a request), or the last 30 days when no start is known; the SMS window counts hours.
fit-countdown-help-overdue = [!!!!] means overdue: the date has passed.
fit-countdown-help-axis = The axis runs from today (|) to the last deadline; each deadline is its number or letter from the list, overdue ones left of today.
