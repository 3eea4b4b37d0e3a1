-- The campaign catalog as first published: six focus areas, 25 items, paraphrased.
-- Later wording changes arrive as new catalog versions, never as edits of this one,
-- because pledges are made against a version.
INSERT INTO catalog_version (id, code, title, published_on, active, created_at)
VALUES (1, '2023', 'Trust Building Campaign, 2023 edition', '2023-01-01', TRUE, '2023-01-01 00:00:00');

INSERT INTO focus_area (id, catalog_version_id, position, name, description) VALUES
 (1, 1, 1, 'Bias-Free Policing', 'Policies, transparency and training that keep policing fair to every group in the community.'),
 (2, 1, 2, 'Use of Force', 'A published use-of-force policy, regular scenario training, and records that are reviewed for trends.'),
 (3, 1, 3, 'Leadership and Culture', 'Values, independent accreditation, wellness and an organizational culture that is assessed and improved.'),
 (4, 1, 4, 'Recruitment, Hiring, and Retention', 'A workforce that reflects the community, screened well, developed and kept.'),
 (5, 1, 5, 'Victim Services', 'Trauma-informed response, services for victims and follow-up with them.'),
 (6, 1, 6, 'Community Relations', 'Working with residents: advisory boards, surveys, shared problem solving and open data.');

INSERT INTO catalog_item (id, catalog_version_id, focus_area_id, number, title, description, kind) VALUES
 (1,  1, 1, 1,  'Bias-free policing policy', 'Adopt a written policy that prohibits biased policing and says how it is enforced.', 'POLICY'),
 (2,  1, 1, 2,  'Transparency on force and complaints', 'Publish the use-of-force policy and the process for complaints so the public can read them.', 'POLICY'),
 (3,  1, 1, 3,  'Cultural responsivity training', 'Train and coach officers to respond to people of every culture with understanding.', 'PRACTICE'),
 (4,  1, 1, 4,  'Knowing the community', 'Teach officers who lives in their community: countries of origin, faiths and customs, including practices that may conflict with local law.', 'PRACTICE'),
 (5,  1, 2, 5,  'National Consensus Policy elements', 'Bring the use-of-force policy in line with the National Consensus Policy on Use of Force and publish it.', 'POLICY'),
 (6,  1, 2, 6,  'Scenario-based force training', 'Train on the use-of-force policy regularly, with scenarios that include de-escalation.', 'PRACTICE'),
 (7,  1, 2, 7,  'Record and review every use of force', 'Document each use of force beyond handcuffing and review the records every year for trends to fix in policy and training.', 'PRACTICE'),
 (8,  1, 2, 8,  'National use-of-force data', 'Report to the FBI National Use-of-Force Data Collection.', 'PRACTICE'),
 (9,  1, 3, 9,  'Sanctity of life', 'Adopt a policy or statement on the sanctity of life; adopting the IACP Oath of Honor meets this item.', 'POLICY'),
 (10, 1, 3, 10, 'Independent accreditation', 'Take part in accreditation, certification or credentialing by an independent body.', 'PRACTICE'),
 (11, 1, 3, 11, 'Equity and procedural justice', 'Make training and policy reflect equity, inclusion, accountability and procedural justice, toward the public and employees alike.', 'POLICY'),
 (12, 1, 3, 12, 'Employee wellness program', 'Offer a wellness program that covers both physical and mental health.', 'PRACTICE'),
 (13, 1, 3, 13, 'Culture assessment', 'Assess the organization''s culture and act on the concerns it finds.', 'PRACTICE'),
 (14, 1, 3, 14, 'Duty to intervene', 'Train every officer in bystander intervention and the duty to intervene.', 'PRACTICE'),
 (15, 1, 4, 15, 'Representative recruitment plan', 'Keep a recruitment plan aimed at a workforce that reflects the community, women included.', 'POLICY'),
 (16, 1, 4, 16, 'Thorough candidate screening', 'Screen candidates with full background checks and psychological evaluations.', 'POLICY'),
 (17, 1, 4, 17, 'Mentoring and career paths', 'Offer mentoring and clear paths for career development.', 'PRACTICE'),
 (18, 1, 4, 18, 'Learning why people leave', 'Run exit interviews, study retention data and act on what they show.', 'PRACTICE'),
 (19, 1, 5, 19, 'Trauma-informed response', 'Adopt a trauma-informed policy for responding to victims.', 'POLICY'),
 (20, 1, 5, 20, 'Victim services', 'Provide victim services in the agency or through formal partnerships with victim-service providers.', 'PRACTICE'),
 (21, 1, 5, 21, 'Rights, resources and follow-up', 'Tell victims their rights and the help available, and follow up with them.', 'PRACTICE'),
 (22, 1, 6, 22, 'Community advisory board', 'Form a community advisory board that meets on a regular schedule.', 'PRACTICE'),
 (23, 1, 6, 23, 'Community trust survey', 'Survey residents on trust and satisfaction and publish the results.', 'PRACTICE'),
 (24, 1, 6, 24, 'Problem solving with residents', 'Solve local problems together with residents, businesses and partners (community- and problem-oriented policing).', 'PRACTICE'),
 (25, 1, 6, 25, 'Open data', 'Publish stops, use-of-force and complaint data on an open-data or transparency page.', 'PRACTICE');
