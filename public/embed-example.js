// The example partner page's own script: it lists the coarse events its second widget sends
// (that widget has data-events; the first does not, so it sends none).
document.addEventListener('DOMContentLoaded', function () {
  var log = document.getElementById('events');
  ['kz-eligibility:step', 'kz-eligibility:result'].forEach(function (type) {
    document.addEventListener(type, function (event) {
      log.textContent += type + ' ' + JSON.stringify(event.detail) + '\n';
    });
  });
});
