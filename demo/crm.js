// The partner directory arrives 1.5 s after the page loads, as lists fetched by a real CRM do:
// these numbers appear after the content script's first scan, so they show late detection.
const PARTNER_DELAY_MS = 1500;

const PARTNERS = [
  { name: 'Sofia Marin', role: 'Customs broker', office: 'Rotterdam', phone: '+31 10 217 7000' },
  { name: 'Kenji Watanabe', role: 'Forwarding desk', office: 'Tokyo', phone: '+81 3 3224 5000' },
  { name: 'Harbor Freight Desk', role: 'Drayage (not in your contacts)', office: 'San Francisco', phone: '(415) 392-0146' },
];

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

function showPartners() {
  const rows = document.getElementById('partners-rows');
  for (const partner of PARTNERS) {
    const tr = document.createElement('tr');
    tr.append(cell(partner.name), cell(partner.role), cell(partner.office), cell(partner.phone, 'phone'));
    rows.append(tr);
  }
  document.getElementById('partners-loading').remove();
  document.getElementById('partners-table').hidden = false;
  document.querySelector('.partners').setAttribute('aria-busy', 'false');
}

setTimeout(showPartners, PARTNER_DELAY_MS);
