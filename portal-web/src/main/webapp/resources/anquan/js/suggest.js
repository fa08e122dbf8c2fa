// Suggestions as one types in the search box: document names that start with the typed text (also in pinyin).
(function () {
    "use strict";
    document.querySelectorAll("input[data-suggest]").forEach(function (input) {
        var list = document.getElementById(input.getAttribute("list"));
        var timer = null;
        var last = "";
        input.addEventListener("input", function () {
            clearTimeout(timer);
            var text = input.value.trim();
            if (text.length < 1 || text.length > 50 || text === last) {
                return;
            }
            timer = setTimeout(function () {
                last = text;
                fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(text),
                    {headers: {"Accept": "application/json"}})
                    .then(function (response) { return response.ok ? response.json() : {names: []}; })
                    .then(function (body) {
                        list.replaceChildren();
                        body.names.forEach(function (name) {
                            var option = document.createElement("option");
                            option.value = name;
                            list.appendChild(option);
                        });
                    })
                    .catch(function () { /* suggestions are a convenience; the search works without them */ });
            }, 150);
        });
    });
})();
