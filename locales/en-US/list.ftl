# Messages of the list work (en-US).
