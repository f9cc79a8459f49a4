// Kairos web app: small progressive enhancements. Every page works without this file.
(function () {
  "use strict";
  var zone = "UTC";
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"; } catch (e) { /* keep UTC */ }

  // A booking page opened without a zone asks again in the visitor's own zone.
  var params = new URLSearchParams(window.location.search);
  if (document.querySelector("[data-ask-zone]") && !params.has("tz")) {
    params.set("tz", zone);
    window.location.replace(window.location.pathname + "?" + params.toString());
    return;
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-detect-zone]").forEach(function (input) {
      if (!input.value) { input.value = zone; }
    });
    // The searchable list of zones comes from the browser itself.
    var list = document.getElementById("zones");
    if (list && typeof Intl.supportedValuesOf === "function") {
      var fragment = document.createDocumentFragment();
      Intl.supportedValuesOf("timeZone").forEach(function (name) {
        var option = document.createElement("option");
        option.value = name;
        fragment.appendChild(option);
      });
      list.appendChild(fragment);
    }
    var poll = document.querySelector("[data-poll]");
    if (poll) {
      setTimeout(function () { window.location.reload(); }, Number(poll.getAttribute("data-poll")) || 1000);
    }
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
      button.addEventListener("click", function () {
        var url = new URL(button.getAttribute("data-copy"), window.location.href).toString();
        if (navigator.clipboard) {
          navigator.clipboard.writeText(url).then(function () { button.textContent = "Copied"; });
        }
      });
    });
  });
})();
