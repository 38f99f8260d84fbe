# Messages of the looks work (en-US).
