/** Contact exports as the CRMs write them (trimmed to a few columns and rows). */
export const HUBSPOT = `Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,Company Name,Job Title,Contact owner
101,Ada,Lovelace,ada@engines.example,(212) 736-8410,+44 7911 123456,Analytical Engines,COO,Me
102,Grace,Hopper,grace@cobol.example,1-888-416-2273 x210,,Compiler Works,CTO,Me
`;

export const SALESFORCE = `"First Name","Last Name","Account Name","Title","Phone","Mobile","Email","Fax"
"Jürgen","Müller","Müller & Söhne GmbH","Geschäftsführer","+49 30 901820","","j@ms.example","+49 30 9018299"
`;

export const SALESFORCE_API = `FirstName,LastName,Account.Name,MobilePhone,Email,Description
Camille,Laurent,Atelier Laurent,+33 6 12 34 56 78,camille@al.example,"Met at the fair;
prefers e-mail"
`;

export const PIPEDRIVE = `Person - Name,Person - Organization,Person - Phone - Work,Person - Phone - Mobile,Person - Email - Work,Person - Labels
Olivia Chen,Harbour Logistics,+61 2 9374 4000,,olivia@harbour.example,Customer
`;

export const GOOGLE = `Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Organization 1 - Name,Organization 1 - Title
Kenji Watanabe,Kenji,Watanabe,* myContacts ::: Customers,Work,k@sr.example,Work,+81 3-3224-9999 ::: +81 90-1234-5678,Mobile,,Shibuya Robotics,Engineer
`;

export const OUTLOOK = `First Name,Middle Name,Last Name,Title,Company,Job Title,Business Phone,Mobile Phone,Home Phone,E-mail Address,Notes
Mary Ann,,Evans,Ms.,Middlemarch Publishing,Editor,+44 20 7946 0958,,,m.evans@mm.example,Prefers mornings
`;

export const VCARD = `BEGIN:VCARD
VERSION:3.0
FN:Priya Raman
N:Raman;Priya;;;
ORG:Golden Gate Software
TITLE:VP Sales
EMAIL;TYPE=INTERNET,WORK:priya@gg.example
TEL;TYPE=WORK,VOICE:+1 415-555-0100
TEL;TYPE=CELL:+1 415-555-0199
CATEGORIES:customer,west
NOTE:Switchboard ext. 301
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Diego Alvarez
ORG:Golden Gate Software
TEL;VALUE=uri;TYPE=work:tel:+1-415-555-0100
END:VCARD
`;
