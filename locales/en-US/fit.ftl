# Messages of the fit work (en-US).
