# Messages of the habits work (en-US).
