// The directory rows arrive 1.5 s after the page loads, as lists fetched by a real CRM do: these
// numbers appear after the content script's first scan, so they show that late content gets marked.
const PARTNER_DELAY_MS = 1500;

const PARTNERS = [
  { name: 'Kenji Watanabe', company: 'Shibuya Robotics K.K.', title: 'Procurement', phone: '+81 3 3224 9999' },
  { name: 'Priya Raman', company: 'Golden Gate Software', title: 'VP Sales', phone: '+1 415-555-0100 x301' },
  { name: 'Diego Alvarez', company: 'Golden Gate Software', title: 'IT Manager', phone: '(415) 555-0100 ext. 455' },
  { name: 'Harbor Freight Desk', company: 'Not in your contacts yet', title: 'Dispatch', phone: '(415) 392-0146' },
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
    tr.append(cell(partner.name), cell(partner.company), cell(partner.title), cell(partner.phone, 'phone'));
    rows.append(tr);
  }
  document.getElementById('partners-loading').remove();
  document.getElementById('partners-table').hidden = false;
  document.querySelector('.partners').setAttribute('aria-busy', 'false');
}

setTimeout(showPartners, PARTNER_DELAY_MS);
